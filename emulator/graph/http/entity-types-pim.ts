import { findById, type Entity, type EntityType, type NavigationProperty } from './entity-model.ts';
import {
  appScopeNav,
  directoryScopeNav,
  findGroupActivatedUsing,
  findRoleActivatedUsing,
  groupNav,
  principalNav,
  roleDefinitionNav,
} from './entity-navigation.ts';

const ROLE_SCOPED = ['id', 'principalId', 'roleDefinitionId', 'directoryScopeId', 'appScopeId'];
const ROLE_NAV = {
  principal: principalNav,
  roleDefinition: roleDefinitionNav,
  directoryScope: directoryScopeNav,
  appScope: appScopeNav,
};

export const roleEligibilityScheduleInstanceType: EntityType = {
  name: 'unifiedRoleEligibilityScheduleInstance',
  properties: [
    ...ROLE_SCOPED,
    'startDateTime',
    'endDateTime',
    'memberType',
    'roleEligibilityScheduleId',
  ],
  navigation: ROLE_NAV,
};

const roleActivatedUsingNav: NavigationProperty = {
  collection: false,
  target: () => roleEligibilityScheduleInstanceType,
  resolve: (entity, env) => findRoleActivatedUsing(env, entity, 'instance'),
};

export const roleAssignmentScheduleInstanceType: EntityType = {
  name: 'unifiedRoleAssignmentScheduleInstance',
  properties: [
    ...ROLE_SCOPED,
    'startDateTime',
    'endDateTime',
    'assignmentType',
    'memberType',
    'roleAssignmentOriginId',
    'roleAssignmentScheduleId',
  ],
  navigation: { ...ROLE_NAV, activatedUsing: roleActivatedUsingNav },
};

const SCHEDULE = ['createdDateTime', 'createdUsing', 'modifiedDateTime', 'status', 'scheduleInfo'];

export const roleEligibilityScheduleType: EntityType = {
  name: 'unifiedRoleEligibilitySchedule',
  properties: [...ROLE_SCOPED, ...SCHEDULE, 'memberType'],
  navigation: ROLE_NAV,
};

export const roleAssignmentScheduleType: EntityType = {
  name: 'unifiedRoleAssignmentSchedule',
  properties: [...ROLE_SCOPED, ...SCHEDULE, 'assignmentType', 'memberType'],
  navigation: {
    ...ROLE_NAV,
    activatedUsing: {
      collection: false,
      target: () => roleEligibilityScheduleType,
      resolve: (entity, env) => findRoleActivatedUsing(env, entity, 'schedule'),
    },
  },
};

const REQUEST = [
  'id',
  'status',
  'createdDateTime',
  'completedDateTime',
  'approvalId',
  'customData',
  'createdBy',
  'action',
  'isValidationOnly',
  'justification',
  'scheduleInfo',
  'ticketInfo',
  'targetScheduleId',
];

export const roleAssignmentScheduleRequestType: EntityType = {
  name: 'unifiedRoleAssignmentScheduleRequest',
  properties: [...REQUEST, 'principalId', 'roleDefinitionId', 'directoryScopeId', 'appScopeId'],
  navigation: {
    ...ROLE_NAV,
    activatedUsing: {
      collection: false,
      target: () => roleEligibilityScheduleType,
      resolve: (entity, env) => findRoleActivatedUsing(env, entity, 'schedule'),
    },
    targetSchedule: {
      collection: false,
      target: () => roleAssignmentScheduleType,
      resolve: (entity, env) =>
        (findById(env.state.roleAssignmentSchedules, entity.targetScheduleId) as
          Entity | undefined) ?? null,
    },
  },
};

const GROUP_SCOPED = ['id', 'accessId', 'groupId', 'principalId', 'memberType'];
const GROUP_NAV = { principal: principalNav, group: groupNav };

export const groupEligibilityScheduleInstanceType: EntityType = {
  name: 'privilegedAccessGroupEligibilityScheduleInstance',
  properties: [...GROUP_SCOPED, 'startDateTime', 'endDateTime', 'eligibilityScheduleId'],
  navigation: GROUP_NAV,
};

const groupActivatedUsingNav: NavigationProperty = {
  collection: false,
  target: () => groupEligibilityScheduleInstanceType,
  resolve: (entity, env) => findGroupActivatedUsing(env, entity, 'instance'),
};

const groupScheduleActivatedUsingNav: NavigationProperty = {
  collection: false,
  target: () => groupEligibilityScheduleType,
  resolve: (entity, env) => findGroupActivatedUsing(env, entity, 'schedule'),
};

export const groupAssignmentScheduleInstanceType: EntityType = {
  name: 'privilegedAccessGroupAssignmentScheduleInstance',
  properties: [
    ...GROUP_SCOPED,
    'startDateTime',
    'endDateTime',
    'assignmentScheduleId',
    'assignmentType',
  ],
  navigation: { ...GROUP_NAV, activatedUsing: groupActivatedUsingNav },
};

export const groupEligibilityScheduleType: EntityType = {
  name: 'privilegedAccessGroupEligibilitySchedule',
  properties: [...GROUP_SCOPED, ...SCHEDULE],
  navigation: GROUP_NAV,
};

export const groupAssignmentScheduleType: EntityType = {
  name: 'privilegedAccessGroupAssignmentSchedule',
  properties: [...GROUP_SCOPED, ...SCHEDULE, 'assignmentType'],
  navigation: { ...GROUP_NAV, activatedUsing: groupScheduleActivatedUsingNav },
};

export const groupAssignmentScheduleRequestType: EntityType = {
  name: 'privilegedAccessGroupAssignmentScheduleRequest',
  properties: [...REQUEST, 'accessId', 'groupId', 'principalId'],
  navigation: {
    ...GROUP_NAV,
    activatedUsing: groupScheduleActivatedUsingNav,
    targetSchedule: {
      collection: false,
      target: () => groupAssignmentScheduleType,
      resolve: (entity, env) =>
        (findById(env.state.groupAssignmentSchedules, entity.targetScheduleId) as
          Entity | undefined) ?? null,
    },
  },
};

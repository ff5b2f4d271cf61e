import type { TenantState } from '../state.ts';
import { audits, policy } from './test-fixture-data.ts';

export { IDS } from './test-fixture-ids.ts';
import { IDS } from './test-fixture-ids.ts';

const user = (id: string, given: string, surname: string, alias: string) => ({
  id,
  displayName: `${given} ${surname}`,
  givenName: given,
  surname,
  userPrincipalName: `${alias}@contoso.onmicrosoft.com`,
  mail: `${alias}@contoso.onmicrosoft.com`,
  jobTitle: 'Staff',
  businessPhones: [],
});

/** A small, deterministic tenant: enough for every route, filter and expansion. */
export function buildFixtureState(now: Date): TenantState {
  const hour = 3600_000;
  const iso = (offsetMs: number) => new Date(now.getTime() + offsetMs).toISOString();
  const eligibility = (
    id: string,
    principalId: string,
    roleDefinitionId: string,
    directoryScopeId = '/',
  ) => ({
    id,
    principalId,
    roleDefinitionId,
    directoryScopeId,
    appScopeId: null,
    startDateTime: iso(-30 * 24 * hour),
    endDateTime: null,
    memberType: 'Direct',
    roleEligibilityScheduleId: `sched-${id}`,
  });
  return {
    users: [
      user(IDS.adele, 'Adele', 'Vance', 'AdeleV'),
      user(IDS.megan, 'Megan', 'Bowen', 'MeganB'),
      user(IDS.alex, 'Alex', 'Wilber', 'AlexW'),
      user(IDS.diego, 'Diego', 'Siciliani', 'DiegoS'),
      user('5b0c1a2e-0000-4000-8000-00000000b001', 'Lee', 'Gu', 'LeeG'),
    ],
    groupMembers: new Map([[IDS.approvers, [IDS.megan]]]),
    groups: [
      {
        id: IDS.approvers,
        displayName: 'PIM Approvers',
        securityEnabled: true,
        mailEnabled: false,
        groupTypes: [],
      },
      {
        id: IDS.finance,
        displayName: 'Finance Admins',
        securityEnabled: true,
        mailEnabled: false,
        groupTypes: [],
      },
    ],
    roleDefinitions: [
      {
        id: IDS.globalAdmin,
        templateId: IDS.globalAdmin,
        displayName: 'Global Administrator',
        isBuiltIn: true,
        isEnabled: true,
        description: 'Can manage all aspects.',
        rolePermissions: [],
        resourceScopes: ['/'],
        version: '1',
      },
      {
        id: IDS.securityReader,
        templateId: IDS.securityReader,
        displayName: 'Security Reader',
        isBuiltIn: true,
        isEnabled: true,
        description: 'Can read security information.',
        rolePermissions: [],
        resourceScopes: ['/'],
        version: '1',
      },
      {
        id: IDS.userAdmin,
        templateId: IDS.userAdmin,
        displayName: 'User Administrator',
        isBuiltIn: true,
        isEnabled: true,
        description: 'Can manage users.',
        rolePermissions: [],
        resourceScopes: ['/'],
        version: '1',
      },
      {
        id: IDS.helpdeskAdmin,
        templateId: IDS.helpdeskAdmin,
        displayName: 'Helpdesk Administrator',
        isBuiltIn: true,
        isEnabled: true,
        description: 'Can reset passwords.',
        rolePermissions: [],
        resourceScopes: ['/'],
        version: '1',
      },
    ],
    roleEligibilitySchedules: [],
    roleEligibilityScheduleInstances: [
      eligibility('elig-1', IDS.adele, IDS.globalAdmin),
      eligibility('elig-2', IDS.adele, IDS.userAdmin),
      eligibility('elig-3', IDS.adele, IDS.helpdeskAdmin, '/administrativeUnits/au-1'),
      eligibility('elig-4', IDS.megan, IDS.userAdmin),
      ...Array.from({ length: 7 }, (_, i) =>
        eligibility(`elig-x${String(i)}`, `other-${String(i)}`, IDS.helpdeskAdmin),
      ),
    ],
    roleAssignmentSchedules: [],
    roleAssignmentScheduleInstances: [
      {
        id: 'asg-alex',
        principalId: IDS.alex,
        roleDefinitionId: IDS.securityReader,
        directoryScopeId: '/',
        appScopeId: null,
        startDateTime: iso(-90 * 24 * hour),
        endDateTime: null,
        assignmentType: 'Assigned',
        memberType: 'Direct',
        roleAssignmentOriginId: 'o1',
        roleAssignmentScheduleId: 's1',
      },
      {
        id: 'asg-adele',
        principalId: IDS.adele,
        roleDefinitionId: IDS.userAdmin,
        directoryScopeId: '/',
        appScopeId: null,
        startDateTime: iso(-hour),
        endDateTime: iso(hour),
        assignmentType: 'Activated',
        memberType: 'Direct',
        roleAssignmentOriginId: 'o2',
        roleAssignmentScheduleId: 's2',
      },
    ],
    roleAssignmentScheduleRequests: [
      {
        id: IDS.pendingRequest,
        status: 'PendingApproval',
        action: 'selfActivate',
        principalId: IDS.adele,
        roleDefinitionId: IDS.globalAdmin,
        directoryScopeId: '/',
        appScopeId: null,
        approvalId: IDS.pendingRequest,
        createdDateTime: iso(-10 * 60_000),
        justification: 'Incident 42',
        isValidationOnly: false,
        createdBy: { user: { id: IDS.adele, displayName: null } },
        scheduleInfo: {
          startDateTime: iso(0),
          expiration: { type: 'afterDuration', duration: 'PT1H', endDateTime: null },
        },
        ticketInfo: { ticketNumber: null, ticketSystem: null },
      },
      {
        id: 'req-old',
        status: 'Provisioned',
        action: 'selfActivate',
        principalId: IDS.adele,
        roleDefinitionId: IDS.userAdmin,
        directoryScopeId: '/',
        createdDateTime: iso(-hour),
      },
      {
        id: 'req-megan',
        status: 'Provisioned',
        action: 'selfActivate',
        principalId: IDS.megan,
        roleDefinitionId: IDS.userAdmin,
        directoryScopeId: '/',
        createdDateTime: iso(-2 * hour),
      },
    ],
    roleManagementPolicies: [
      policy('DirectoryRole_t_p1', '/', 'DirectoryRole', [{ userId: IDS.megan }]),
      policy('DirectoryRole_t_p2', '/', 'DirectoryRole', null),
      policy(`Group_${IDS.finance}_p3`, IDS.finance, 'Group', [{ groupId: IDS.approvers }]),
    ],
    roleManagementPolicyAssignments: [
      {
        id: `DirectoryRole_t_p1_${IDS.globalAdmin}`,
        policyId: 'DirectoryRole_t_p1',
        scopeId: '/',
        scopeType: 'DirectoryRole',
        roleDefinitionId: IDS.globalAdmin,
      },
      {
        id: `DirectoryRole_t_p2_${IDS.userAdmin}`,
        policyId: 'DirectoryRole_t_p2',
        scopeId: '/',
        scopeType: 'DirectoryRole',
        roleDefinitionId: IDS.userAdmin,
      },
      {
        id: `Group_${IDS.finance}_p3_member`,
        policyId: `Group_${IDS.finance}_p3`,
        scopeId: IDS.finance,
        scopeType: 'Group',
        roleDefinitionId: 'member',
      },
    ],
    groupEligibilitySchedules: [],
    groupEligibilityScheduleInstances: [
      {
        id: `${IDS.finance}_member_e1`,
        accessId: 'member',
        groupId: IDS.finance,
        principalId: IDS.adele,
        memberType: 'direct',
        startDateTime: iso(-24 * hour),
        endDateTime: null,
        eligibilityScheduleId: 'gs1',
      },
    ],
    groupAssignmentSchedules: [],
    groupAssignmentScheduleInstances: [],
    groupAssignmentScheduleRequests: [
      {
        id: IDS.groupPendingRequest,
        status: 'PendingApproval',
        action: 'selfActivate',
        accessId: 'member',
        groupId: IDS.finance,
        principalId: IDS.adele,
        approvalId: IDS.groupPendingRequest,
        createdDateTime: iso(-5 * 60_000),
      },
    ],
    approvals: new Map([
      [
        IDS.pendingRequest,
        {
          kind: 'role' as const,
          approval: {
            id: IDS.pendingRequest,
            steps: [
              {
                id: 'step-1',
                displayName: null,
                status: 'InProgress',
                reviewResult: 'NotReviewed',
                reviewedBy: null,
                reviewedDateTime: null,
                justification: '',
              },
            ],
          },
        },
      ],
      [
        IDS.groupPendingRequest,
        {
          kind: 'group' as const,
          approval: {
            id: IDS.groupPendingRequest,
            steps: [
              {
                id: 'stage-1',
                displayName: null,
                status: 'InProgress',
                reviewResult: 'NotReviewed',
                reviewedBy: null,
                reviewedDateTime: null,
                justification: '',
              },
            ],
          },
        },
      ],
    ]),
    directoryAudits: audits(now),
  };
}

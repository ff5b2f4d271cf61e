import type { Entity, EntityType } from './entity-model.ts';

/** Graph writes every property of a complex value, null when unset. */
function complete(value: unknown, properties: readonly string[]): unknown {
  if (!value || typeof value !== 'object') return value;
  const v = value as Entity;
  return Object.fromEntries([
    ...properties.map((p) => [p, v[p] ?? null]),
    ...Object.entries(v).filter(([k]) => !properties.includes(k)),
  ]);
}

const USER_IDENTITY = [
  'id',
  'displayName',
  'userPrincipalName',
  'ipAddress',
  'userType',
  'homeTenantId',
  'homeTenantName',
];
const APP_IDENTITY = ['appId', 'displayName', 'servicePrincipalId', 'servicePrincipalName'];
const TARGET_RESOURCE = [
  'id',
  'displayName',
  'type',
  'userPrincipalName',
  'groupType',
  'modifiedProperties',
];

function decorateAudit(audit: Entity): Entity {
  const out = { ...audit };
  const initiatedBy = audit.initiatedBy as Entity | null | undefined;
  if (initiatedBy && typeof initiatedBy === 'object') {
    out.initiatedBy = {
      app: complete(initiatedBy.app ?? null, APP_IDENTITY),
      user: complete(initiatedBy.user ?? null, USER_IDENTITY),
    };
  }
  if (Array.isArray(audit.targetResources)) {
    out.targetResources = (audit.targetResources as unknown[]).map((t) =>
      complete(t, TARGET_RESOURCE),
    );
  }
  return out;
}

export const directoryAuditType: EntityType = {
  name: 'directoryAudit',
  properties: [
    'id',
    'category',
    'correlationId',
    'result',
    'resultReason',
    'activityDisplayName',
    'activityDateTime',
    'loggedByService',
    'operationType',
    'initiatedBy',
    'targetResources',
    'additionalDetails',
  ],
  navigation: {},
  decorate: decorateAudit,
};

import type { TenantState } from '../state.ts';
import {
  findById,
  str,
  text,
  type Entity,
  type NavigationProperty,
  type ResolveEnv,
} from './entity-model.ts';
import {
  appScopeType,
  directoryScopeType,
  groupType,
  roleDefinitionType,
  userType,
} from './entity-types-directory.ts';

/** Resolves a principal id to the user or group it names. */
export function findPrincipal(state: TenantState, id: unknown): Entity | null {
  const user = findById(state.users, id);
  if (user) return user as Entity;
  const group = findById(state.groups, id);
  return group ? (group as Entity) : null;
}

export const principalNav: NavigationProperty = {
  collection: false,
  annotate: true,
  target: (related) => ('userPrincipalName' in related ? userType : groupType),
  resolve: (entity, env) => findPrincipal(env.state, entity.principalId),
};

export const roleDefinitionNav: NavigationProperty = {
  collection: false,
  target: () => roleDefinitionType,
  resolve: (entity, env) =>
    (findById(env.state.roleDefinitions, entity.roleDefinitionId) as Entity | undefined) ?? null,
};

/** `/` renders as `{id: "/"}` (as Graph does); units and apps as the directory objects they are. */
export const directoryScopeNav: NavigationProperty = {
  collection: false,
  target: () => directoryScopeType,
  resolve: (entity, env) => {
    const id = str(entity, 'directoryScopeId');
    if (!id) return null;
    if (id === '/') return { id };
    const info = env.domain.directoryScope(id);
    return info ? { ...info } : { id };
  },
};

export const appScopeNav: NavigationProperty = {
  collection: false,
  target: () => appScopeType,
  resolve: (entity) => {
    const id = str(entity, 'appScopeId');
    return id ? { id, displayName: null, type: null } : null;
  },
};

export const groupNav: NavigationProperty = {
  collection: false,
  target: () => groupType,
  resolve: (entity, env) =>
    (findById(env.state.groups, entity.groupId) as Entity | undefined) ?? null,
};

const same = (a: unknown, b: unknown): boolean => text(a).toLowerCase() === text(b).toLowerCase();

function isActivation(entity: Entity): boolean {
  return (
    entity.assignmentType === 'Activated' ||
    text(entity.action).toLowerCase().startsWith('selfactivate')
  );
}

/**
 * The eligibility an activation used: the domain records it by request, schedule and instance
 * id; for entities it did not record (seeded history), the eligibility on the same principal
 * and target (the `keys`) is it.
 */
function findActivatedUsing(
  env: ResolveEnv,
  entity: Entity,
  want: 'schedule' | 'instance',
  pools: { schedules: readonly Entity[]; instances: readonly Entity[] },
  keys: readonly string[],
): Entity | null {
  const pool = want === 'schedule' ? pools.schedules : pools.instances;
  const ref = env.domain.activatedUsing(text(entity.id));
  if (ref) {
    const found = findById(pool, want === 'schedule' ? ref.scheduleId : ref.instanceId);
    if (found) return found;
  }
  if (!isActivation(entity)) return null;
  return pool.find((e) => keys.every((k) => same(e[k], entity[k]))) ?? null;
}

export function findRoleActivatedUsing(
  env: ResolveEnv,
  entity: Entity,
  want: 'schedule' | 'instance',
): Entity | null {
  const { state } = env;
  return findActivatedUsing(
    env,
    entity,
    want,
    {
      schedules: state.roleEligibilitySchedules as Entity[],
      instances: state.roleEligibilityScheduleInstances as Entity[],
    },
    ['principalId', 'roleDefinitionId', 'directoryScopeId', 'appScopeId'],
  );
}

export function findGroupActivatedUsing(
  env: ResolveEnv,
  entity: Entity,
  want: 'schedule' | 'instance',
): Entity | null {
  const { state } = env;
  return findActivatedUsing(
    env,
    entity,
    want,
    {
      schedules: state.groupEligibilitySchedules as Entity[],
      instances: state.groupEligibilityScheduleInstances as Entity[],
    },
    ['principalId', 'groupId', 'accessId'],
  );
}

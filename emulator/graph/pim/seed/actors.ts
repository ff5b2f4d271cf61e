import type { Random } from '../../../tenant/prng.ts';
import { GROUP_IDS } from '../../../tenant/population.ts';
import { ROLE_IDS } from '../../../tenant/role-catalog.ts';
import { policyFor } from '../lookups.ts';
import type { DomainContext, Target } from '../context.ts';
import { readActivationPolicy } from '../activation-policy.ts';
import { grantEligibility } from './grants.ts';
import type { HistoryActor } from './history.ts';
import { group, role } from './personas.ts';

/** Targets whose approvals reach Megan (directly, through PIM Approvers, or in stage one). */
export const MEGAN_APPROVES: readonly Target[] = [
  role(ROLE_IDS.globalAdministrator),
  role(ROLE_IDS.privilegedRoleAdministrator),
  role(ROLE_IDS.applicationAdministrator),
  group(GROUP_IDS.helpdeskTier2, 'member'),
  group(GROUP_IDS.helpdeskTier2, 'owner'),
];

export function actorFor(
  ctx: DomainContext,
  userId: string,
  target: Target,
  sinceMs: number,
): HistoryActor {
  const eligibility = grantEligibility(ctx, userId, target, sinceMs);
  const stored = policyFor(ctx.state, target);
  if (!stored) throw new Error('seed: target without policy');
  const policy = readActivationPolicy(stored);
  const approvers = new Set<string>();
  for (const stage of policy.stages)
    for (const a of stage.approvers) {
      if (a.userId) approvers.add(a.userId);
      if (a.groupId) for (const m of ctx.state.groupMembers.get(a.groupId) ?? []) approvers.add(m);
    }
  return { userId, target, policy, eligibility, approvers: [...approvers] };
}

/** Each population user is eligible for a few roles and often a group, as in a real tenant. */
export function seedPopulationActors(
  ctx: DomainContext,
  random: Random,
  userIds: readonly string[],
  sinceMs: number,
): HistoryActor[] {
  const roles = ctx.state.roleDefinitions.map((r) => r.id ?? '');
  const groups = Object.values(GROUP_IDS).filter((g) => g !== GROUP_IDS.pimApprovers);
  const actors: HistoryActor[] = [];
  userIds.forEach((userId, index) => {
    const picked = new Set<string>();
    // Everyone's first eligibility is approval-required, so approvers always have work.
    const first = MEGAN_APPROVES[index % MEGAN_APPROVES.length];
    if (first) {
      actors.push(actorFor(ctx, userId, first, sinceMs));
      picked.add(
        first.plane === 'role' ? first.roleDefinitionId : `${first.groupId}/${first.accessId}`,
      );
    }
    for (let k = 0; k < 3; k++) {
      const id = random.pick(roles);
      if (picked.has(id)) continue;
      picked.add(id);
      actors.push(actorFor(ctx, userId, role(id), sinceMs));
    }
    if (random.chance(0.5)) {
      const target = group(random.pick(groups), random.chance(0.8) ? 'member' : 'owner');
      const key = `${target.groupId}/${target.accessId}`;
      if (!picked.has(key)) actors.push(actorFor(ctx, userId, target, sinceMs));
    }
  });
  return actors;
}

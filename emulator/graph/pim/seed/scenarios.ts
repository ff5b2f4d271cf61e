import type { Random } from '../../../tenant/prng.ts';
import { SCOPES, SYNTHETIC_USER_ID_PREFIX } from '../../../tenant/population.ts';
import { ROLE_IDS } from '../../../tenant/role-catalog.ts';
import { DAY, HOUR, MINUTE, type DomainContext, type Target } from '../context.ts';
import { MEGAN_APPROVES, actorFor, seedPopulationActors } from './actors.ts';
import { grantAssignment } from './grants.ts';
import { seedPendingApproval } from './seeded-requests.ts';
import { seedHistory, type HistoryActor } from './history.ts';
import { ADELE_ELIGIBLE, PERSONA_IDS, role, seedPersonas } from './personas.ts';

/** The named tenants `reset(name)` builds. */
export interface ScenarioDefinition {
  name: string;
  description: string;
  syntheticUsers: number;
  populate(ctx: DomainContext, random: Random, now: number): void;
}

const personaIds = new Set(Object.values(PERSONA_IDS));
const ADMIN_NAME = 'Allan Deyoung';

function population(
  ctx: DomainContext,
  random: Random,
  now: number,
): { actors: HistoryActor[]; adminId: string } {
  const userIds = ctx.state.users
    .filter(
      (u) => !personaIds.has(u.id ?? '') && !(u.id ?? '').startsWith(SYNTHETIC_USER_ID_PREFIX),
    )
    .map((u) => u.id ?? '');
  const adminId = ctx.state.users.find((u) => u.displayName === ADMIN_NAME)?.id ?? '';
  grantAssignment(ctx, adminId, role(ROLE_IDS.privilegedRoleAdministrator), now - 400 * DAY, null);
  return { actors: seedPopulationActors(ctx, random, userIds, now - 90 * DAY), adminId };
}

function pendingForMegan(
  ctx: DomainContext,
  random: Random,
  now: number,
  actors: readonly HistoryActor[],
  count: number,
): void {
  const candidates = actors.filter(
    (a) =>
      a.policy.approvalRequired &&
      a.approvers.includes(PERSONA_IDS.megan) &&
      a.userId !== PERSONA_IDS.megan,
  );
  for (let i = 0; i < count && i < candidates.length; i++) {
    const a = candidates[i];
    if (!a) break;
    const hours = Math.min(1 + random.int(4), a.policy.maximumDurationMs / HOUR);
    const created = now - (10 + random.int(20 * 60)) * MINUTE;
    seedPendingApproval(
      ctx,
      a.userId,
      a.target,
      a.eligibility,
      created,
      hours * HOUR,
      'Need to review an escalated support case',
    );
  }
}

const defaultScenario: ScenarioDefinition = {
  name: 'default',
  description:
    'Contoso with every activation policy: Adele eligible for each combination, Megan approving, Alex reading the audit, 60 days of history.',
  syntheticUsers: 0,
  populate(ctx, random, now) {
    const { actors, adminId } = population(ctx, random, now);
    seedHistory(ctx, random, { count: 3000, now, actors, adminId });
    seedPersonas(ctx, now);
    pendingForMegan(ctx, random, now, actors, 6);
  },
};

const emptyScenario: ScenarioDefinition = {
  name: 'empty',
  description:
    'The personas have no eligibility, assignment or request at all (the rest of the tenant is as usual).',
  syntheticUsers: 0,
  populate(ctx, random, now) {
    const { actors, adminId } = population(ctx, random, now);
    seedHistory(ctx, random, { count: 1000, now, actors, adminId });
  },
};

const approvalHeavyScenario: ScenarioDefinition = {
  name: 'approval-heavy',
  description:
    'Like default, with 60 requests from colleagues waiting for Megan (single-user, group and two-stage approvals).',
  syntheticUsers: 60,
  populate(ctx, random, now) {
    const { actors, adminId } = population(ctx, random, now);
    seedHistory(ctx, random, { count: 3000, now, actors, adminId });
    seedPersonas(ctx, now);
    const extra = ctx.state.users
      .filter((u) => (u.id ?? '').startsWith(SYNTHETIC_USER_ID_PREFIX))
      .map((u, i) => {
        const target = MEGAN_APPROVES[i % MEGAN_APPROVES.length] as Target;
        return actorFor(ctx, u.id ?? '', target, now - 30 * DAY);
      });
    pendingForMegan(ctx, random, now, [...actors, ...extra], 60);
  },
};

const LARGE_SYNTHETIC_USERS = 1000;

const largeScenario: ScenarioDefinition = {
  name: 'large',
  description:
    'Scale: Adele eligible for 300 roles across scopes, 5,000 requests pending for Megan, 100,000 historical role requests (the tenant-wide list) and the group requests made alongside.',
  syntheticUsers: LARGE_SYNTHETIC_USERS,
  populate(ctx, random, now) {
    const { actors, adminId } = population(ctx, random, now);
    seedHistory(ctx, random, { count: 100_000, now, actors, adminId, counting: 'role' });
    // Adele: her default eligibilities plus every role at every scope, up to 300 role eligibilities.
    const have = new Set(
      ADELE_ELIGIBLE.flatMap((t) =>
        t.plane === 'role' ? [`${t.roleDefinitionId}|${t.directoryScopeId ?? ''}`] : [],
      ),
    );
    const extra: Target[] = [];
    for (const scope of SCOPES)
      for (const r of ctx.state.roleDefinitions) {
        const key = `${r.id ?? ''}|${scope.id}`;
        if (have.size + extra.length >= 300) break;
        if (!have.has(key)) extra.push(role(r.id ?? '', scope.id));
      }
    seedPersonas(ctx, now, extra);
    const synthetic = ctx.state.users.filter((u) =>
      (u.id ?? '').startsWith(SYNTHETIC_USER_ID_PREFIX),
    );
    const pending: HistoryActor[] = [];
    for (const u of synthetic)
      for (const target of MEGAN_APPROVES)
        pending.push(actorFor(ctx, u.id ?? '', target, now - 30 * DAY));
    pendingForMegan(ctx, random, now, pending, 5000);
  },
};

export const SCENARIOS: readonly ScenarioDefinition[] = [
  defaultScenario,
  emptyScenario,
  approvalHeavyScenario,
  largeScenario,
];

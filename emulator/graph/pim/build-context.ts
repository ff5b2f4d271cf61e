import type { Clock } from '../../clock.ts';
import { createRandom } from '../../tenant/prng.ts';
import { createAuditWriter } from './audit.ts';
import { createAuditStore } from './audit-store.ts';
import type { DomainContext } from './context.ts';
import { createScheduler } from './scheduler.ts';
import { emptyState, seedDirectory } from './seed/directory.ts';
import { seedPolicies } from './seed/policies.ts';
import { SCENARIOS } from './seed/scenarios.ts';
import { GraphApiError } from '../errors.ts';

/** Every scenario starts from this seed, so two tenants seeded at the same instant are equal. */
const SEED = 20_260_101;

interface Timed {
  at: string;
}

/** Sorts by an ISO timestamp, computing each key once (300,000 audit entries in `large`). */
function sortByTime<T>(items: T[], key: (item: T) => string | null | undefined): void {
  const keyed: (Timed & { item: T })[] = items.map((item) => ({ at: key(item) ?? '', item }));
  keyed.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  keyed.forEach((k, i) => (items[i] = k.item));
}

/** Seeds the named scenario at the clock's now into a fresh context. */
export function buildContext(
  clock: Clock,
  scenarioName: string,
  provisioningDelayMs: number,
): DomainContext {
  const scenario = SCENARIOS.find((s) => s.name === scenarioName);
  if (!scenario)
    throw new GraphApiError(
      400,
      'BadRequest',
      `Unknown scenario '${scenarioName}'. Known: ${SCENARIOS.map((s) => s.name).join(', ')}.`,
    );
  const random = createRandom(SEED);
  let auditSeq = 1;
  const state = emptyState();
  seedDirectory(state, scenario.syntheticUsers);
  seedPolicies(state, random);
  const usersById = new Map(state.users.map((u) => [u.id ?? '', u]));
  const audits = createAuditStore(state, () => auditSeq++);
  const ctx: DomainContext = {
    state,
    clock,
    scheduler: createScheduler(),
    provisioningDelayMs,
    usersById,
    audit: createAuditWriter(state, usersById, (entry) => {
      audits.append(entry);
    }),
    audits,
    requestsById: new Map(),
    meta: new Map(),
    approvers: new Map(),
    activatedUsing: new Map(),
    expiredAssignments: [],
    newId: () => random.guid(),
    auditId: (requestId) => `PIM_${requestId}_${String(auditSeq++)}`,
  };
  const now = clock.nowMs();
  scenario.populate(ctx, random, now);
  // Stored oldest first, as Graph's unordered collections tend to be; the HTTP layer orders.
  audits.seal();
  sortByTime(state.roleAssignmentScheduleRequests, (r) => r.createdDateTime);
  sortByTime(state.groupAssignmentScheduleRequests, (r) => r.createdDateTime);
  // Seeded history ends in the past; anything due at seeding time happens now.
  ctx.scheduler.runDue(now);
  return ctx;
}

export const scenarioList = (): { name: string; description: string }[] =>
  SCENARIOS.map(({ name, description }) => ({ name, description }));

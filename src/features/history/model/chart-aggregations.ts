import { isoDay } from './pim-activities.ts';
import type { HistoryRequest } from './history-request.ts';

export const OUTCOMES = ['Active or done', 'Pending', 'Denied', 'Canceled', 'Failed'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export function outcomeOf(status: string): Outcome | undefined {
  switch (status.toLowerCase()) {
    case 'provisioned':
    case 'granted':
    case 'revoked':
      return 'Active or done';
    case 'pendingapproval':
    case 'pendingprovisioning':
    case 'pendingschedulecreation':
    case 'pendingadmindecision':
      return 'Pending';
    case 'denied':
      return 'Denied';
    case 'canceled':
      return 'Canceled';
    case 'failed':
      return 'Failed';
    default:
      return undefined;
  }
}

const isActivation = (r: HistoryRequest) => r.action.toLowerCase() === 'selfactivate';

export interface DayCount {
  /** Local calendar day `YYYY-MM-DD`. */
  day: string;
  total: number;
  byOutcome: Record<Outcome, number>;
}

/** Activation requests per local day, oldest first, with every day in between (zeros too). */
export function activationsPerDay(rows: readonly HistoryRequest[]): DayCount[] {
  const days = new Map<string, DayCount>();
  let min = Infinity;
  let max = -Infinity;
  for (const row of rows) {
    if (!isActivation(row)) continue;
    const ms = Date.parse(row.createdAt);
    const outcome = outcomeOf(row.status);
    if (Number.isNaN(ms) || !outcome) continue;
    min = Math.min(min, ms);
    max = Math.max(max, ms);
    const day = isoDay(ms);
    let entry = days.get(day);
    if (!entry) {
      entry = { day, total: 0, byOutcome: emptyOutcomes() };
      days.set(day, entry);
    }
    entry.total += 1;
    entry.byOutcome[outcome] += 1;
  }
  if (days.size === 0) return [];
  const out: DayCount[] = [];
  // Walk calendar days (not 24 h steps, which drift across daylight saving changes).
  const cursor = new Date(min);
  cursor.setHours(12, 0, 0, 0);
  for (let day = isoDay(cursor.getTime()); day <= isoDay(max); day = isoDay(cursor.getTime())) {
    out.push(days.get(day) ?? { day, total: 0, byOutcome: emptyOutcomes() });
    cursor.setDate(cursor.getDate() + 1);
  }
  return out;
}

function emptyOutcomes(): Record<Outcome, number> {
  return { 'Active or done': 0, Pending: 0, Denied: 0, Canceled: 0, Failed: 0 };
}

export interface Ranked {
  name: string;
  count: number;
}

/** Counts by key, labelled by the first label seen for that key; most first, ties by label. */
function rank(entries: Iterable<{ key: string; label: string }>, limit: number): Ranked[] {
  const counts = new Map<string, Ranked>();
  for (const { key, label } of entries) {
    const hit = counts.get(key);
    if (hit) hit.count += 1;
    else counts.set(key, { name: label, count: 1 });
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, limit);
}

export function mostActivatedRoles(rows: readonly HistoryRequest[], limit = 10): Ranked[] {
  return rank(
    rows.filter(isActivation).map((r) => ({
      key: `${r.plane}|${r.targetId || r.targetName}|${r.scope}`,
      label: `${r.targetName} (${r.scope})`,
    })),
    limit,
  );
}

/**
 * Grouped by object id, not by name: two people may share a name, and a requester whose
 * directory object is gone (a deleted user, a service principal) still counts, under its id.
 */
export function mostActiveRequesters(rows: readonly HistoryRequest[], limit = 10): Ranked[] {
  return rank(
    rows.filter(isActivation).map((r) => ({
      key: r.requesterId || r.requesterName,
      label: r.requesterName || r.requesterId,
    })),
    limit,
  );
}

export interface Turnaround {
  /** Decided requests measured. */
  count: number;
  medianMs: number;
  p90Ms: number;
}

/** Nearest-rank percentile of sorted values (p in (0, 100]). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/**
 * Time from request to decision for activations that went through approval and were approved
 * or denied: the request completes when the approver decides, so `completed - created` is the
 * wait. Canceled and still-pending requests have no decision and are left out.
 */
export function approvalTurnaround(rows: readonly HistoryRequest[]): Turnaround | undefined {
  const waits: number[] = [];
  for (const r of rows) {
    if (!isActivation(r) || !r.approvalId || !r.completedAt) continue;
    const outcome = outcomeOf(r.status);
    if (outcome !== 'Active or done' && outcome !== 'Denied') continue;
    const wait = Date.parse(r.completedAt) - Date.parse(r.createdAt);
    if (Number.isFinite(wait) && wait >= 0) waits.push(wait);
  }
  if (waits.length === 0) return undefined;
  waits.sort((a, b) => a - b);
  return { count: waits.length, medianMs: percentile(waits, 50), p90Ms: percentile(waits, 90) };
}

import type { DirectoryAudit } from '@microsoft/microsoft-graph-types';
import { activityKind } from './audit-activity.ts';
import { elevates, type HistoryRequest } from './history-request.ts';

/**
 * When an elevation really began and ended, as far as Graph records it. A request holds only
 * what was asked; the PIM audit log (30 days) holds when the assignment was made and removed.
 * `known: false` means Graph has no record left: the page says "not known" instead of guessing.
 */
export type ActualTime = { known: true; at: string; how: string } | { known: false; why: string };

export interface ActualTimes {
  start: ActualTime;
  end: ActualTime;
}

const NOT_ELEVATING: ActualTimes = {
  start: { known: false, why: 'This request made nobody active.' },
  end: { known: false, why: 'This request made nobody active.' },
};

const earliest = (entries: readonly DirectoryAudit[], kind: string) =>
  entries
    .filter((e) => activityKind(e.activityDisplayName) === kind && e.activityDateTime)
    .sort((a, b) => (a.activityDateTime ?? '').localeCompare(b.activityDateTime ?? ''))[0];

const ENDING = /^(self)?deactivate$|^adminremove$/i;

/** The loaded requests that can end an elevation: deactivations and removals (few of many). */
export function endingRequests(loaded: readonly HistoryRequest[]): HistoryRequest[] {
  return loaded.filter((r) => ENDING.test(r.action));
}

const sameGrant = (a: HistoryRequest, b: HistoryRequest) =>
  a.plane === b.plane &&
  a.requesterId === b.requesterId &&
  a.targetId === b.targetId &&
  a.scope === b.scope;

/**
 * From the request's own audit entries (same correlation id): "completed" is the start, and an
 * expiry or removal is the end. A deactivation is a request of its own: it is found among the
 * loaded requests (same person, same role and scope, between start and the scheduled end).
 */
export function actualTimesOf(
  request: HistoryRequest,
  ownAudit: readonly DirectoryAudit[],
  loaded: readonly HistoryRequest[],
  now: number,
): ActualTimes {
  if (!elevates(request)) return NOT_ELEVATING;
  const completed = earliest(ownAudit, 'completed');
  const startAt = completed?.activityDateTime;
  const start: ActualTime = startAt
    ? { known: true, at: startAt, how: 'Assignment completed (PIM audit log)' }
    : Date.parse(request.requestedStart ?? request.createdAt) > now
      ? { known: false, why: 'Not started yet.' }
      : { known: false, why: 'No audit entry left (PIM keeps its audit log for 30 days).' };
  const ending = [earliest(ownAudit, 'expired'), earliest(ownAudit, 'removed')]
    .filter((e): e is DirectoryAudit => Boolean(e))
    .sort((a, b) => (a.activityDateTime ?? '').localeCompare(b.activityDateTime ?? ''))[0];
  if (ending?.activityDateTime) {
    const expired = activityKind(ending.activityDisplayName) === 'expired';
    return {
      start,
      end: {
        known: true,
        at: ending.activityDateTime,
        how: expired ? 'Expired (PIM audit log)' : 'Removed (PIM audit log)',
      },
    };
  }
  const from = Date.parse(startAt ?? request.requestedStart ?? request.createdAt);
  const until = request.requestedEnd ? Date.parse(request.requestedEnd) : Infinity;
  const deactivation = loaded
    .filter(
      (r) =>
        ENDING.test(r.action) &&
        sameGrant(r, request) &&
        Date.parse(r.createdAt) >= from &&
        Date.parse(r.createdAt) <= until,
    )
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
  if (deactivation) {
    return {
      start,
      end: {
        known: true,
        at: deactivation.completedAt ?? deactivation.createdAt,
        how: /deactivate/i.test(deactivation.action)
          ? 'Deactivated (deactivation request)'
          : 'Removed by an administrator (removal request)',
      },
    };
  }
  if (until > now) return { start, end: { known: false, why: 'Still active or not started.' } };
  return {
    start,
    end: { known: false, why: 'No audit entry or deactivation request found for its end.' },
  };
}

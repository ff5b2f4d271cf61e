/** The approver's queue as the portal sees it: plain data and rules, time always injected. */

export type Plane = 'role' | 'group';

export interface Person {
  id: string;
  displayName: string;
  userPrincipalName: string;
}

export interface PendingApproval {
  /** The request's id, which is also its approval's id. */
  id: string;
  plane: Plane;
  requester: Person;
  /** The directory role or the group asked for. */
  target: { id: string; displayName: string };
  /** Where the role applies (tenant, administrative unit, app) or the group relationship. */
  scope: string;
  /** Identifies the PIM policy that governs the request (one per role, one per group relationship). */
  policyKey: string;
  justification: string;
  ticket: { number: string; system: string } | null;
  /** `null`: as soon as approved. */
  requestedStart: Date | null;
  /** `null` when the request names an end instead, or none. */
  durationMs: number | null;
  requestedEnd: Date | null;
  createdAt: Date;
}

/** What the policy's approval stage says about deciding the request. */
export interface StageRules {
  timeoutDays: number;
  approverJustificationRequired: boolean;
}

/** Entra's approval rule defaults (one day, justification required) when the policy is unknown. */
export const DEFAULT_STAGE_RULES: StageRules = {
  timeoutDays: 1,
  approverJustificationRequired: true,
};

const DAY_MS = 86_400_000;
/** Requests with less than this left stand out in the queue. */
export const URGENT_WITHIN_MS = 2 * 3_600_000;

/**
 * When PIM denies the request by itself: the stage opens when the request is made and lasts
 * `approvalStageTimeOutInDays` (the first stage; a later serial stage opens when the previous one
 * is decided, which the request list does not say, so this is its earliest possible end).
 */
export function approvalDeadline(item: PendingApproval, rules: StageRules): Date {
  return new Date(item.createdAt.getTime() + rules.timeoutDays * DAY_MS);
}

export type Urgency = 'expired' | 'urgent' | 'normal';

export function urgencyOf(deadline: Date, now: Date): Urgency {
  const left = deadline.getTime() - now.getTime();
  if (left <= 0) return 'expired';
  return left <= URGENT_WITHIN_MS ? 'urgent' : 'normal';
}

/** A request past its stage timeout is denied by PIM: it is no longer offered for a decision. */
export function isDecidable(item: PendingApproval, rules: StageRules, now: Date): boolean {
  return urgencyOf(approvalDeadline(item, rules), now) !== 'expired';
}

export type SortKey = 'createdAt' | 'deadline' | 'requester' | 'target';
export interface QueueSort {
  key: SortKey;
  direction: 'ascending' | 'descending';
}
export const DEFAULT_SORT: QueueSort = { key: 'createdAt', direction: 'ascending' };

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export interface QueueFilter {
  plane?: Plane;
  /** A role definition id or a group id. */
  targetId?: string;
  requesterId?: string;
  /** Words matched against requester, role or group, scope, justification and ticket. */
  search?: string;
}

export function searchText(item: PendingApproval): string {
  return [
    item.requester.displayName,
    item.requester.userPrincipalName,
    item.target.displayName,
    item.scope,
    item.justification,
    item.ticket?.number ?? '',
    item.ticket?.system ?? '',
  ]
    .join('\n')
    .toLocaleLowerCase();
}

const searchTexts = new WeakMap<PendingApproval, string>();

/** `searchText` built once per request: a streamed queue keeps its objects from page to page. */
export function cachedSearchText(item: PendingApproval): string {
  let text = searchTexts.get(item);
  if (text === undefined) {
    text = searchText(item);
    searchTexts.set(item, text);
  }
  return text;
}

/** Every word of the search must appear somewhere in the request (any order, any case). */
export function filterQueue(
  items: readonly PendingApproval[],
  filter: QueueFilter,
  textOf: (item: PendingApproval) => string = cachedSearchText,
): PendingApproval[] {
  const words = (filter.search ?? '').toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return items.filter(
    (item) =>
      (filter.plane === undefined || item.plane === filter.plane) &&
      (filter.targetId === undefined || item.target.id === filter.targetId) &&
      (filter.requesterId === undefined || item.requester.id === filter.requesterId) &&
      (words.length === 0 || words.every((word) => textOf(item).includes(word))),
  );
}

/** Distinct values for the filter menus, by display name. */
export function distinctOptions(
  items: readonly PendingApproval[],
  pick: (item: PendingApproval) => { id: string; displayName: string },
): { id: string; displayName: string }[] {
  const byId = new Map<string, { id: string; displayName: string }>();
  for (const item of items) {
    const option = pick(item);
    if (!byId.has(option.id)) byId.set(option.id, option);
  }
  return [...byId.values()].sort((a, b) => collator.compare(a.displayName, b.displayName));
}

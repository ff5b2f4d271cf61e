/**
 * When to warn that an active role is about to end, and when to say it has ended. A plain
 * function of the active roles, what was already said, and `now`: the page calls it on its clock
 * and keeps the returned state, so each warning is given once, not on every tick.
 */

const MINUTE = 60_000;

/** Minutes before the end at which the user is warned, most generous first. */
export const EXPIRY_THRESHOLDS = [15, 5] as const;
export type ExpiryThreshold = (typeof EXPIRY_THRESHOLDS)[number];

/** An active role that ends: its row key and end. */
export interface EndingRole {
  key: string;
  end: Date;
}

/** What was said about one role's current activation. */
export interface ExpiryEntry {
  /** The end this entry is about; a new end (an extension) starts a fresh entry. */
  endMs: number;
  /** The most urgent threshold already announced, if any. */
  warned: ExpiryThreshold | undefined;
  expired: boolean;
  /** The user closed the message; a more urgent threshold raises it again. */
  dismissed: boolean;
}

export type ExpiryLedger = ReadonlyMap<string, ExpiryEntry>;

export type ExpiryEvent =
  | { kind: 'warning'; key: string; threshold: ExpiryThreshold; end: Date }
  | { kind: 'expired'; key: string; end: Date };

/** The most urgent threshold `remainingMs` has reached, if any. */
export function thresholdReached(remainingMs: number): ExpiryThreshold | undefined {
  let reached: ExpiryThreshold | undefined;
  for (const minutes of EXPIRY_THRESHOLDS) if (remainingMs <= minutes * MINUTE) reached = minutes;
  return reached;
}

/**
 * Advances the ledger to `now`. A role crossing a threshold yields one `warning` (a page opened
 * with 3 minutes left warns once, at 5, not at 15 and then 5). A role whose end passes yields one
 * `expired`. A role given a later end (extended) starts over, so its old warning is gone. A role
 * that leaves the list before its end (deactivated) is dropped without a word.
 */
export function watchExpiry(
  roles: readonly EndingRole[],
  ledger: ExpiryLedger,
  now: Date,
): { ledger: Map<string, ExpiryEntry>; events: ExpiryEvent[] } {
  const next = new Map<string, ExpiryEntry>();
  const events: ExpiryEvent[] = [];
  const nowMs = now.getTime();
  const active = new Set<string>();

  for (const { key, end } of roles) {
    active.add(key);
    const endMs = end.getTime();
    const before = ledger.get(key);
    const entry: ExpiryEntry =
      before?.endMs === endMs
        ? { ...before }
        : { endMs, warned: undefined, expired: false, dismissed: false };
    if (endMs <= nowMs) {
      if (!entry.expired) {
        events.push({ kind: 'expired', key, end });
        entry.dismissed = false;
      }
      entry.expired = true;
    } else {
      const reached = thresholdReached(endMs - nowMs);
      if (reached !== undefined && (entry.warned === undefined || reached < entry.warned)) {
        events.push({ kind: 'warning', key, threshold: reached, end });
        entry.warned = reached;
        entry.dismissed = false;
      }
    }
    next.set(key, entry);
  }

  // Roles no longer listed: ended on time (expired), or ended early by the user (forgotten).
  for (const [key, entry] of ledger) {
    if (active.has(key)) continue;
    if (entry.endMs > nowMs) continue;
    if (entry.expired) next.set(key, entry);
    else {
      events.push({ kind: 'expired', key, end: new Date(entry.endMs) });
      next.set(key, { ...entry, expired: true, dismissed: false });
    }
  }
  return { ledger: next, events };
}

/** Keys with a warning still in force (warned, not yet ended), for the in-app message. */
export function currentWarnings(ledger: ExpiryLedger, now: Date): string[] {
  return [...ledger]
    .filter(
      ([, entry]) =>
        entry.warned !== undefined &&
        !entry.expired &&
        !entry.dismissed &&
        entry.endMs > now.getTime(),
    )
    .map(([key]) => key);
}

/** Keys whose activation ended while the page watched it: candidates for "Activate again". */
export function expiredKeys(ledger: ExpiryLedger): string[] {
  return [...ledger].filter(([, entry]) => entry.expired && !entry.dismissed).map(([key]) => key);
}

/** The ledger with one role's message closed. */
export function dismissExpiry(ledger: ExpiryLedger, key: string): Map<string, ExpiryEntry> {
  const next = new Map(ledger);
  const entry = next.get(key);
  if (entry) next.set(key, { ...entry, dismissed: true });
  return next;
}

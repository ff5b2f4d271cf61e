import { useEffect, useRef, useState } from 'react';
import type { MyRole } from '../../../domain/my-role.ts';
import {
  currentWarnings,
  dismissExpiry,
  expiredKeys,
  watchExpiry,
  type ExpiryEvent,
  type ExpiryLedger,
} from '../domain/expiry.ts';

export interface ExpiryWatch {
  /** Roles with a warning in force, as they are now. */
  warned: MyRole[];
  /** Roles whose activation ended while watched, as they were when last active. */
  expired: MyRole[];
  dismiss: (key: string) => void;
}

/**
 * Runs the expiry rules on the page's clock. State is advanced while rendering when the clock or
 * the list moves (as `useProgressTracking` does); the events of each step go to `onEvents` after
 * the render commits, so a browser notification is shown once per threshold, never per tick.
 */
export function useExpiryWatch(
  roles: readonly MyRole[] | undefined,
  now: Date,
  onEvents: (events: readonly ExpiryEvent[], roles: ReadonlyMap<string, MyRole>) => void,
): ExpiryWatch {
  const [ledger, setLedger] = useState<ExpiryLedger>(new Map());
  // The last active snapshot of each watched role: "Activate again" needs what it was.
  const [snapshots, setSnapshots] = useState<ReadonlyMap<string, MyRole>>(new Map());
  const [seen, setSeen] = useState<{ roles: typeof roles; now: Date }>({ roles: undefined, now });
  const [events, setEvents] = useState<{ seq: number; list: ExpiryEvent[] }>({ seq: 0, list: [] });
  const delivered = useRef(0);

  if (roles && (roles !== seen.roles || now !== seen.now)) {
    setSeen({ roles, now });
    const ending = roles.flatMap((role) =>
      role.active?.endDateTime ? [{ key: role.key, end: role.active.endDateTime }] : [],
    );
    const step = watchExpiry(ending, ledger, now);
    setLedger(step.ledger);
    const nextSnapshots = new Map(snapshots);
    for (const role of roles) if (role.active?.endDateTime) nextSnapshots.set(role.key, role);
    for (const key of nextSnapshots.keys()) if (!step.ledger.has(key)) nextSnapshots.delete(key);
    setSnapshots(nextSnapshots);
    if (step.events.length > 0) setEvents({ seq: events.seq + 1, list: step.events });
  }

  useEffect(() => {
    if (events.seq === delivered.current) return;
    delivered.current = events.seq;
    onEvents(events.list, snapshots);
  }, [events, snapshots, onEvents]);

  const byKey = new Map((roles ?? []).map((role) => [role.key, role]));
  return {
    warned: currentWarnings(ledger, now).flatMap((key) => {
      const role = byKey.get(key);
      return role ? [role] : [];
    }),
    expired: expiredKeys(ledger).flatMap((key) => {
      const role = snapshots.get(key);
      // Activated again meanwhile (another tab, another tool): nothing to offer.
      return role && !byKey.get(key)?.active ? [role] : [];
    }),
    dismiss: (key) => {
      setLedger((current) => dismissExpiry(current, key));
    },
  };
}

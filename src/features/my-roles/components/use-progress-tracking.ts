import { useState } from 'react';
import { roleState, type MyRole } from '../../../domain/my-role.ts';

export interface DecisionNotice {
  key: string;
  name: string;
  approved: boolean;
}

/**
 * Follows what the user set in motion across refreshes of the list: roles accepted for
 * activation stay "activating" until their instance is listed, and a request that was waiting
 * for approval is reported once when an approver decides. State is adjusted while rendering
 * (React's pattern for deriving from changing input), not in an effect.
 */
export function useProgressTracking(roles: readonly MyRole[] | undefined) {
  const [activating, setActivating] = useState<ReadonlySet<string>>(new Set());
  const [withdrawn, setWithdrawn] = useState<ReadonlySet<string>>(new Set());
  const [notices, setNotices] = useState<DecisionNotice[]>([]);
  const [seen, setSeen] = useState(roles);

  if (roles !== seen) {
    setSeen(roles);
    const byKey = new Map((roles ?? []).map((role) => [role.key, role]));
    const stillActivating = [...activating].filter((key) => !byKey.get(key)?.active);
    if (stillActivating.length !== activating.size) setActivating(new Set(stillActivating));
    const decided: DecisionNotice[] = [];
    for (const before of seen ?? []) {
      if (roleState(before) !== 'pending' || withdrawn.has(before.key)) continue;
      const after = byKey.get(before.key);
      const state = after ? roleState(after) : 'eligible';
      if (state === 'pending') continue;
      decided.push({
        key: before.key,
        name: before.displayName,
        approved: state === 'active' || state === 'scheduled' || state === 'activating',
      });
    }
    if (decided.length > 0) setNotices((current) => [...decided, ...current]);
  }

  return {
    activating,
    notices,
    markActivating: (keys: readonly string[]) => {
      setActivating((current) => new Set([...current, ...keys]));
    },
    markWithdrawn: (keys: readonly string[]) => {
      setWithdrawn((current) => new Set([...current, ...keys]));
    },
    dismissNotice: (key: string) => {
      setNotices((current) => current.filter((notice) => notice.key !== key));
    },
  };
}

/**
 * Poll fast while an activation is being provisioned, gently while approvers decide, and four
 * times slower while the tab is hidden: a decision still reaches the user (as a notification),
 * at a quarter of the cost.
 */
export function pollInterval(
  roles: readonly MyRole[] | undefined,
  activating: number,
  hidden = false,
): number | false {
  const states = (roles ?? []).map(roleState);
  const backOff = hidden ? 4 : 1;
  if (activating > 0 || states.includes('activating')) return 3000 * backOff;
  const extending = (roles ?? []).some((role) => role.pending?.extension === true);
  if (states.includes('pending') || states.includes('scheduled') || extending)
    return 15_000 * backOff;
  return false;
}

import { describe, expect, it } from 'vitest';
import {
  currentWarnings,
  dismissExpiry,
  expiredKeys,
  thresholdReached,
  watchExpiry,
  type EndingRole,
  type ExpiryLedger,
} from './expiry.ts';

const start = new Date('2026-03-02T09:00:00Z');
const at = (minutes: number): Date => new Date(start.getTime() + minutes * 60_000);

/** Runs the watch over successive instants, as the page's clock would. */
function run(steps: { now: Date; roles: EndingRole[] }[]) {
  let ledger: ExpiryLedger = new Map();
  return steps.map(({ now, roles }) => {
    const result = watchExpiry(roles, ledger, now);
    ledger = result.ledger;
    return { events: result.events, ledger };
  });
}

describe('thresholdReached', () => {
  it('is the most urgent threshold reached', () => {
    expect(thresholdReached(16 * 60_000)).toBeUndefined();
    expect(thresholdReached(15 * 60_000)).toBe(15);
    expect(thresholdReached(6 * 60_000)).toBe(15);
    expect(thresholdReached(5 * 60_000)).toBe(5);
    expect(thresholdReached(1000)).toBe(5);
  });
});

describe('watchExpiry', () => {
  it('raises a dismissed warning again at the next threshold, not before', () => {
    const role = { key: 'a', end: at(60) };
    let { ledger } = watchExpiry([role], new Map(), at(46));
    ledger = dismissExpiry(ledger, 'a');
    ledger = watchExpiry([role], ledger, at(50)).ledger;
    expect(currentWarnings(ledger, at(50))).toEqual([]);
    const step = watchExpiry([role], ledger, at(56));
    expect(step.events).toHaveLength(1);
    expect(currentWarnings(step.ledger, at(56))).toEqual(['a']);
  });

  it('keeps a dismissed expiry quiet while the list still shows the ended role', () => {
    const role = { key: 'a', end: at(60) };
    let { ledger } = watchExpiry([role], new Map(), at(61));
    ledger = dismissExpiry(ledger, 'a');
    const step = watchExpiry([role], ledger, at(62));
    expect(step.events).toEqual([]);
    expect(expiredKeys(step.ledger)).toEqual([]);
  });

  const role = { key: 'a', end: at(60) };

  it('warns at 15 and at 5 minutes before the end, once each', () => {
    const steps = run([
      { now: at(0), roles: [role] },
      { now: at(44), roles: [role] },
      { now: at(45), roles: [role] },
      { now: at(46), roles: [role] },
      { now: at(55), roles: [role] },
      { now: at(56), roles: [role] },
    ]);
    expect(steps.map((s) => s.events)).toEqual([
      [],
      [],
      [{ kind: 'warning', key: 'a', threshold: 15, end: role.end }],
      [],
      [{ kind: 'warning', key: 'a', threshold: 5, end: role.end }],
      [],
    ]);
    expect(currentWarnings(steps[5]?.ledger ?? new Map(), at(56))).toEqual(['a']);
  });

  it('gives one warning, the urgent one, when first seen with little time left', () => {
    const [first, second] = run([
      { now: at(57), roles: [role] },
      { now: at(58), roles: [role] },
    ]);
    expect(first?.events).toEqual([{ kind: 'warning', key: 'a', threshold: 5, end: role.end }]);
    expect(second?.events).toEqual([]);
  });

  it('watches several roles independently', () => {
    const b = { key: 'b', end: at(20) };
    const steps = run([
      { now: at(5), roles: [role, b] },
      { now: at(46), roles: [role] },
    ]);
    expect(steps[0]?.events).toEqual([{ kind: 'warning', key: 'b', threshold: 15, end: b.end }]);
    // b ended while listed earlier and is gone now: it expired. a reached 15 minutes.
    expect(steps[1]?.events).toEqual([
      { kind: 'warning', key: 'a', threshold: 15, end: role.end },
      { kind: 'expired', key: 'b', end: b.end },
    ]);
    expect(expiredKeys(steps[1]?.ledger ?? new Map())).toEqual(['b']);
  });

  it('starts over for a role extended after a warning', () => {
    const extended = { key: 'a', end: at(116) };
    const steps = run([
      { now: at(56), roles: [role] },
      { now: at(57), roles: [extended] },
      { now: at(101), roles: [extended] },
    ]);
    expect(steps[0]?.events).toHaveLength(1);
    expect(steps[1]?.events).toEqual([]);
    expect(currentWarnings(steps[1]?.ledger ?? new Map(), at(57))).toEqual([]);
    expect(steps[2]?.events).toEqual([
      { kind: 'warning', key: 'a', threshold: 15, end: extended.end },
    ]);
  });

  it('says once that a role expired, whether still listed or gone', () => {
    const steps = run([
      { now: at(59), roles: [role] },
      { now: at(60), roles: [role] },
      { now: at(61), roles: [] },
      { now: at(62), roles: [] },
    ]);
    expect(steps[1]?.events).toEqual([{ kind: 'expired', key: 'a', end: role.end }]);
    expect(steps[2]?.events).toEqual([]);
    expect(steps[3]?.events).toEqual([]);
    expect(expiredKeys(steps[3]?.ledger ?? new Map())).toEqual(['a']);
    expect(currentWarnings(steps[3]?.ledger ?? new Map(), at(62))).toEqual([]);
  });

  it('forgets a role deactivated before its end, without calling it expired', () => {
    const steps = run([
      { now: at(50), roles: [role] },
      { now: at(51), roles: [] },
    ]);
    expect(steps[1]?.events).toEqual([]);
    expect(steps[1]?.ledger.size).toBe(0);
  });

  it('a role activated again after it expired is watched afresh', () => {
    const again = { key: 'a', end: at(130) };
    const steps = run([
      { now: at(61), roles: [role] },
      { now: at(70), roles: [again] },
    ]);
    expect(expiredKeys(steps[0]?.ledger ?? new Map())).toEqual(['a']);
    expect(expiredKeys(steps[1]?.ledger ?? new Map())).toEqual([]);
  });
});

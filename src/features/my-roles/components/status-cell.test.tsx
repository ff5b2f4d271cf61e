import { describe, expect, it } from 'vitest';
import { age } from './status-cell.tsx';

const now = new Date('2026-03-02T09:00:00Z');
const before = (minutes: number): Date => new Date(now.getTime() - minutes * 60_000);

describe('age', () => {
  it('says how long a request has waited, in the coarsest unit that fits', () => {
    const en = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
    expect(age(before(5), now)).toBe(en.format(-5, 'minute'));
    expect(age(before(0), now)).toBe(en.format(0, 'minute'));
    expect(age(before(170), now)).toBe(en.format(-3, 'hour'));
    expect(age(before(26 * 60), now)).toBe(en.format(-1, 'day'));
  });

  it('never says "in" for a clock ahead of ours', () => {
    const thisMinute = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }).format(
      0,
      'minute',
    );
    expect(age(new Date(now.getTime() + 30_000), now)).toBe(thisMinute);
    expect(age(new Date(now.getTime() + 65 * 60_000), now)).toBe(thisMinute);
  });
});

import { describe, expect, it } from 'vitest';
import { describeRemaining, formatCountdown, remainingTime } from './countdown.ts';

const now = new Date('2026-03-02T09:00:00Z');
const after = (ms: number): Date => new Date(now.getTime() + ms);
const MIN = 60_000;

describe('remainingTime', () => {
  it('grades urgency at 15 and 5 minutes', () => {
    expect(remainingTime(after(16 * MIN), now).urgency).toBe('normal');
    expect(remainingTime(after(15 * MIN), now).urgency).toBe('warning');
    expect(remainingTime(after(5 * MIN), now).urgency).toBe('critical');
    expect(remainingTime(after(1000), now).urgency).toBe('critical');
  });

  it('is expired, never negative, at and after the end', () => {
    expect(remainingTime(now, now)).toEqual({ ms: 0, urgency: 'expired' });
    expect(remainingTime(after(-MIN), now)).toEqual({ ms: 0, urgency: 'expired' });
  });
});

describe('formatCountdown', () => {
  const format = (ms: number): string => formatCountdown(remainingTime(after(ms), now));

  it('shows hours and minutes while there is time', () => {
    expect(format(3 * 60 * MIN + 12 * MIN)).toBe('3 h 12 min');
    expect(format(2 * 60 * MIN)).toBe('2 h');
    expect(format(42 * MIN)).toBe('42 min');
  });

  it('rounds partial minutes up, so it never shows less than is left', () => {
    expect(format(41 * MIN + 1000)).toBe('42 min');
  });

  it('counts to the second in the last ten minutes', () => {
    expect(format(9 * MIN + 5000)).toBe('9:05');
    expect(format(59_000)).toBe('0:59');
    expect(format(1)).toBe('0:01');
  });

  it('says when it is over', () => {
    expect(format(0)).toBe('Expired');
  });
});

describe('describeRemaining', () => {
  it('changes once a minute, not every second', () => {
    const at = (ms: number): string => describeRemaining(remainingTime(after(ms), now));
    expect(at(9 * MIN + 5000)).toBe(at(9 * MIN + 59_000));
    expect(at(9 * MIN + 5000)).toBe('10 minutes left');
    expect(at(30_000)).toBe('1 minute left');
    expect(at(90 * MIN)).toBe('1 hour 30 minutes left');
    expect(at(120 * MIN)).toBe('2 hours left');
  });
});

import { describe, expect, it } from 'vitest';
import {
  capDuration,
  durationSteps,
  formatDuration,
  parseDurationMinutes,
  toIsoDuration,
} from './duration.ts';

describe('parseDurationMinutes', () => {
  it.each([
    ['PT8H', 480],
    ['PT1H30M', 90],
    ['PT30M', 30],
    ['P1D', 1440],
    ['P1DT2H', 1560],
    ['pt2h', 120],
    ['PT90S', 1],
  ])('reads %s as %i minutes', (iso, minutes) => {
    expect(parseDurationMinutes(iso)).toBe(minutes);
  });

  it.each(['', 'P', 'PT', '8h', 'P1Y', 'PTXH', null, undefined])('refuses %s', (iso) => {
    expect(parseDurationMinutes(iso)).toBeUndefined();
  });
});

describe('toIsoDuration and formatDuration', () => {
  it.each([
    [30, 'PT30M', '30 min'],
    [60, 'PT1H', '1 h'],
    [90, 'PT1H30M', '1 h 30 min'],
    [480, 'PT8H', '8 h'],
  ])('%i minutes', (minutes, iso, words) => {
    expect(toIsoDuration(minutes)).toBe(iso);
    expect(formatDuration(minutes)).toBe(words);
    expect(parseDurationMinutes(toIsoDuration(minutes))).toBe(minutes);
  });
});

describe('durationSteps', () => {
  it('offers the steps up to the cap and the cap itself', () => {
    expect(durationSteps(480)).toEqual([30, 60, 90, 120, 180, 240, 300, 360, 420, 480]);
    expect(durationSteps(60)).toEqual([30, 60]);
    expect(durationSteps(150)).toEqual([30, 60, 90, 120, 150]);
  });

  it('offers a cap below the smallest step on its own', () => {
    expect(durationSteps(15)).toEqual([15]);
  });
});

describe('capDuration', () => {
  it('never exceeds the role maximum', () => {
    expect(capDuration(480, 60)).toBe(60);
    expect(capDuration(30, 60)).toBe(30);
  });
});

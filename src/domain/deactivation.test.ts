import { describe, expect, it } from 'vitest';
import { canDeactivate } from './deactivation.ts';

const start = new Date('2026-03-02T09:00:00Z');
const at = (minutes: number): Date => new Date(start.getTime() + minutes * 60_000);

describe('canDeactivate', () => {
  it('refuses during the first five minutes and says when it becomes possible', () => {
    expect(canDeactivate({ assignmentType: 'Activated', startDateTime: start }, at(4))).toEqual({
      allowed: false,
      reason: 'too-soon',
      availableAt: at(5),
    });
  });

  it('allows from five minutes on', () => {
    expect(canDeactivate({ assignmentType: 'Activated', startDateTime: start }, at(5))).toEqual({
      allowed: true,
    });
  });

  it('never offers to deactivate an admin assignment', () => {
    expect(canDeactivate({ assignmentType: 'Assigned', startDateTime: start }, at(60))).toEqual({
      allowed: false,
      reason: 'not-activated',
    });
  });
});

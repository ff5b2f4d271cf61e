/** Entra refuses a self-deactivation in the first five minutes (`ActiveDurationTooShort`). */
export const MINIMUM_ACTIVE_MS = 5 * 60_000;

export interface DeactivatableInstance {
  /** `Activated` (through PIM, can be deactivated) or `Assigned` (permanent or admin-given). */
  assignmentType: 'Activated' | 'Assigned';
  startDateTime: Date | undefined;
}

export type DeactivationCheck =
  | { allowed: true }
  | { allowed: false; reason: 'not-activated' }
  | { allowed: false; reason: 'too-soon'; availableAt: Date };

export function canDeactivate(instance: DeactivatableInstance, now: Date): DeactivationCheck {
  if (instance.assignmentType !== 'Activated') return { allowed: false, reason: 'not-activated' };
  if (!instance.startDateTime) return { allowed: true };
  const availableAt = new Date(instance.startDateTime.getTime() + MINIMUM_ACTIVE_MS);
  return now.getTime() >= availableAt.getTime()
    ? { allowed: true }
    : { allowed: false, reason: 'too-soon', availableAt };
}

/** How much of an active role is left, and how urgently the user should be told. */

const MINUTE = 60_000;

/** `warning` from 15 minutes before the end, `critical` from 5: the points where PIM users extend. */
export type Urgency = 'normal' | 'warning' | 'critical' | 'expired';

export interface RemainingTime {
  /** Milliseconds left, never negative. */
  ms: number;
  urgency: Urgency;
}

export const WARNING_BEFORE_MS = 15 * MINUTE;
export const CRITICAL_BEFORE_MS = 5 * MINUTE;

export function remainingTime(end: Date, now: Date): RemainingTime {
  const ms = Math.max(0, end.getTime() - now.getTime());
  if (ms === 0) return { ms, urgency: 'expired' };
  if (ms <= CRITICAL_BEFORE_MS) return { ms, urgency: 'critical' };
  if (ms <= WARNING_BEFORE_MS) return { ms, urgency: 'warning' };
  return { ms, urgency: 'normal' };
}

const pad = (value: number): string => String(value).padStart(2, '0');

/**
 * Coarse while there is plenty of time (`3 h 12 min`, `42 min`), to the second in the last ten
 * minutes (`9:05`), when the exact moment matters.
 */
export function formatCountdown(remaining: RemainingTime): string {
  if (remaining.urgency === 'expired') return 'Expired';
  const totalSeconds = Math.ceil(remaining.ms / 1000);
  if (totalSeconds < 10 * 60) {
    return `${String(Math.floor(totalSeconds / 60))}:${pad(totalSeconds % 60)}`;
  }
  const totalMinutes = Math.ceil(totalSeconds / 60);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  if (hours === 0) return `${String(minutes)} min`;
  return minutes === 0 ? `${String(hours)} h` : `${String(hours)} h ${String(minutes)} min`;
}

/**
 * A sentence for screen readers that changes only once a minute (or at the urgency steps), so a
 * polite live region is not re-announced every second.
 */
export function describeRemaining(remaining: RemainingTime): string {
  if (remaining.urgency === 'expired') return 'Expired';
  const minutes = Math.ceil(remaining.ms / MINUTE);
  if (minutes < 60) return `${String(minutes)} ${minutes === 1 ? 'minute' : 'minutes'} left`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const hourText = `${String(hours)} ${hours === 1 ? 'hour' : 'hours'}`;
  return rest === 0 ? `${hourText} left` : `${hourText} ${String(rest)} minutes left`;
}

/**
 * Activation durations. PIM speaks ISO 8601 durations (`PT8H`); people pick from a short list of
 * steps. Everything here works in whole minutes, the finest unit PIM policies use.
 */

const ISO_DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i;

/** Minutes in an ISO 8601 day-time duration (`P1D`, `PT1H30M`), or undefined when unreadable. */
export function parseDurationMinutes(iso: string | null | undefined): number | undefined {
  if (!iso) return undefined;
  const match = ISO_DURATION.exec(iso.trim());
  if (!match || iso.trim().toUpperCase() === 'P' || /T$/i.test(iso.trim())) return undefined;
  const [, days, hours, minutes, seconds] = match;
  const total =
    Number(days ?? 0) * 1440 +
    Number(hours ?? 0) * 60 +
    Number(minutes ?? 0) +
    Number(seconds ?? 0) / 60;
  return Math.floor(total);
}

/** `90` → `PT1H30M`: what Graph's `scheduleInfo.expiration.duration` expects. */
export function toIsoDuration(minutes: number): string {
  const whole = Math.max(0, Math.round(minutes));
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  if (hours === 0) return `PT${String(rest)}M`;
  return rest === 0 ? `PT${String(hours)}H` : `PT${String(hours)}H${String(rest)}M`;
}

/** `90` → `1 h 30 min`, for labels and messages. */
export function formatDuration(minutes: number): string {
  const whole = Math.max(0, Math.round(minutes));
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  if (hours === 0) return `${String(rest)} min`;
  return rest === 0 ? `${String(hours)} h` : `${String(hours)} h ${String(rest)} min`;
}

/** The steps people actually choose; the policy's own maximum is always offered too. */
const STEPS = [30, 60, 90, 120, 180, 240, 300, 360, 420, 480, 600, 720, 1440];

/** Durations offered for a role (or the strictest of several): sensible steps up to its cap. */
export function durationSteps(maximumMinutes: number): number[] {
  const steps = STEPS.filter((step) => step <= maximumMinutes);
  if (maximumMinutes > 0 && !steps.includes(maximumMinutes)) steps.push(maximumMinutes);
  return steps.sort((a, b) => a - b);
}

/** What a role actually gets when the form asks for `requested`: never more than its cap. */
export function capDuration(requested: number, maximumMinutes: number): number {
  return Math.min(requested, maximumMinutes);
}

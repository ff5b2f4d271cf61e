import { parseDurationMinutes, toIsoDuration } from '../../../domain/duration.ts';
import { PIM_MAXIMUM_MINUTES } from '../../../domain/policy.ts';
import { parseRoleRef } from './role-ref.ts';

/** One role of a preset: its id (see role-ref.ts) and the name it had when saved. */
export interface PresetRole {
  ref: string;
  name: string;
  /** The duration this role got when saved (the form's, capped at its maximum then). */
  durationMinutes?: number;
}

/** A named selection with the form's values, activated again in one click. */
export interface Preset {
  id: string;
  name: string;
  roles: PresetRole[];
  durationMinutes: number;
  justification: string;
  ticketNumber: string;
  ticketSystem: string;
}

export const LIMITS = { name: 80, roles: 50, text: 500, presets: 100 } as const;

/** The JSON shape of a preset, in the exported file and in storage (durations as ISO 8601). */
export interface PresetJson {
  name: string;
  roles: { id: string; name: string; duration?: string }[];
  duration: string;
  justification: string;
  ticketNumber: string;
  ticketSystem: string;
}

export function toPresetJson(preset: Preset): PresetJson {
  return {
    name: preset.name,
    roles: preset.roles.map((role) => ({
      id: role.ref,
      name: role.name,
      ...(role.durationMinutes === undefined
        ? {}
        : { duration: toIsoDuration(role.durationMinutes) }),
    })),
    duration: toIsoDuration(preset.durationMinutes),
    justification: preset.justification,
    ticketNumber: preset.ticketNumber,
    ticketSystem: preset.ticketSystem,
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads one preset from untrusted JSON (a shared file, or storage another version wrote).
 * Returns the preset, or what is wrong with it in words that name the preset.
 */
export function readPresetJson(
  value: unknown,
  label: string,
  id: string,
): { preset: Preset } | { errors: string[] } {
  if (!isRecord(value)) return { errors: [`${label} is not an object.`] };
  const errors: string[] = [];
  const name = typeof value.name === 'string' ? value.name.trim() : '';
  const named = name === '' ? label : `${label} ("${name.slice(0, LIMITS.name)}")`;
  if (name === '') errors.push(`${label} has no name.`);
  else if (name.length > LIMITS.name)
    errors.push(`${named}: the name is longer than ${String(LIMITS.name)} characters.`);

  const optionalText = (field: string): string => {
    const raw = value[field];
    if (raw === undefined || raw === null) return '';
    if (typeof raw !== 'string') {
      errors.push(`${named}: "${field}" must be text.`);
      return '';
    }
    if (raw.length > LIMITS.text) {
      errors.push(`${named}: "${field}" is longer than ${String(LIMITS.text)} characters.`);
    }
    return raw.trim();
  };
  const roles: PresetRole[] = [];
  if (!Array.isArray(value.roles) || value.roles.length === 0) {
    errors.push(`${named} has no roles.`);
  } else if (value.roles.length > LIMITS.roles) {
    errors.push(`${named} has more than ${String(LIMITS.roles)} roles.`);
  } else {
    value.roles.forEach((role: unknown, index) => {
      const ref = isRecord(role) && typeof role.id === 'string' ? role.id.trim() : '';
      if (!parseRoleRef(ref)) {
        errors.push(
          `${named}: role ${String(index + 1)} has no valid id (expected e.g. "role:<role definition id>" or "group:<group id>:member").`,
        );
        return;
      }
      const roleName = isRecord(role) && typeof role.name === 'string' ? role.name.trim() : '';
      const rawDuration = isRecord(role) ? role.duration : undefined;
      const roleMinutes =
        typeof rawDuration === 'string' ? parseDurationMinutes(rawDuration) : undefined;
      if (
        rawDuration !== undefined &&
        (roleMinutes === undefined || roleMinutes <= 0 || roleMinutes > PIM_MAXIMUM_MINUTES)
      ) {
        errors.push(
          `${named}: role ${String(index + 1)} has a "duration" that is not an ISO 8601 duration of 8 hours or less.`,
        );
        return;
      }
      if (!roles.some((r) => r.ref.toLowerCase() === ref.toLowerCase())) {
        roles.push({
          ref,
          name: roleName.slice(0, LIMITS.name) || ref,
          ...(roleMinutes === undefined ? {} : { durationMinutes: roleMinutes }),
        });
      }
    });
  }

  const minutes =
    typeof value.duration === 'string' ? parseDurationMinutes(value.duration) : undefined;
  if (minutes === undefined || minutes <= 0) {
    errors.push(`${named}: "duration" must be an ISO 8601 duration such as "PT2H".`);
  } else if (minutes > PIM_MAXIMUM_MINUTES) {
    errors.push(`${named}: the duration is longer than PIM's 8 hours.`);
  }
  const justification = optionalText('justification');
  const ticketNumber = optionalText('ticketNumber');
  const ticketSystem = optionalText('ticketSystem');
  if (errors.length > 0 || minutes === undefined) return { errors };
  return {
    preset: {
      id,
      name: name,
      roles,
      durationMinutes: minutes,
      justification,
      ticketNumber,
      ticketSystem,
    },
  };
}

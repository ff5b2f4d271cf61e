import { parseDurationMinutes, toIsoDuration } from '../../../domain/duration.ts';
import type { MyRole } from '../../../domain/my-role.ts';
import { PIM_MAXIMUM_MINUTES } from '../../../domain/policy.ts';
import { LIMITS } from './preset.ts';
import { toRoleRef } from './role-ref.ts';

/** The path of activation links; the route shows My roles with the form pre-filled. */
export const ACTIVATE_PATH = '/activate';

/**
 * `/activate?role=<id>&role=<id>&duration=PT2H&justification=…&ticket=…&ticketSystem=…`.
 * Role ids are described in role-ref.ts. The form is filled, never submitted.
 */
export interface ActivateLink {
  refs: string[];
  /** Undefined when the link gives none, or one that could not be used (see `problems`). */
  durationMinutes: number | undefined;
  justification: string;
  ticketNumber: string;
  ticketSystem: string;
  problems: string[];
}

/** Reads an activation link's query string; what cannot be used is said in `problems`. */
export function parseActivateLink(search: string): ActivateLink {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const refs = [
    ...new Set(
      params
        .getAll('role')
        .map((ref) => ref.trim())
        .filter(Boolean),
    ),
  ];
  if (refs.length === 0) problems.push('The link names no role to activate.');
  if (refs.length > LIMITS.roles) {
    problems.push(
      `The link names more than ${String(LIMITS.roles)} roles; only the first ${String(LIMITS.roles)} are used.`,
    );
  }
  let durationMinutes: number | undefined;
  const duration = params.get('duration');
  if (duration !== null) {
    const minutes = parseDurationMinutes(duration);
    if (minutes === undefined || minutes <= 0) {
      problems.push(
        `The link's duration "${duration}" is not one PIM understands (ISO 8601, e.g. PT2H); choose one below.`,
      );
    } else if (minutes > PIM_MAXIMUM_MINUTES) {
      problems.push(
        `The link asks for ${duration}, longer than PIM's 8 hours; the form offers the longest each role allows.`,
      );
      durationMinutes = PIM_MAXIMUM_MINUTES;
    } else durationMinutes = minutes;
  }
  const text = (name: string): string => {
    const value = (params.get(name) ?? '').trim();
    if (value.length > LIMITS.text) {
      problems.push(`The link's ${name} was cut to ${String(LIMITS.text)} characters.`);
    }
    return value.slice(0, LIMITS.text);
  };
  return {
    refs: refs.slice(0, LIMITS.roles),
    durationMinutes,
    justification: text('justification'),
    ticketNumber: text('ticket'),
    ticketSystem: text('ticketSystem'),
    problems,
  };
}

export interface LinkForm {
  durationMinutes: number;
  justification: string;
  ticketNumber: string;
  ticketSystem: string;
}

/** The activation link for these roles and form values (empty values are left out). */
export function buildActivateLink(
  origin: string,
  roles: readonly MyRole[],
  form: LinkForm,
): string {
  const params = new URLSearchParams();
  for (const role of roles) params.append('role', toRoleRef(role.target));
  params.set('duration', toIsoDuration(form.durationMinutes));
  const optional: [string, string][] = [
    ['justification', form.justification],
    ['ticket', form.ticketNumber],
    ['ticketSystem', form.ticketSystem],
  ];
  for (const [name, value] of optional) if (value.trim()) params.set(name, value.trim());
  return `${origin}${ACTIVATE_PATH}?${params.toString()}`;
}

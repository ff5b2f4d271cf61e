import { formatDuration } from '../../../domain/duration.ts';
import { canActivate, roleState, type MyRole } from '../../../domain/my-role.ts';
import { roleRefKey } from './role-ref.ts';

/** A role asked for by a preset or a link: its id, and a name to show if it is not found. */
export interface RoleRequest {
  ref: string;
  name?: string;
  /** What this role got when the preset was saved (its cap then), if known. */
  durationMinutes?: number;
}

const label = (role: MyRole): string => `${role.displayName} (${role.scope.displayName})`;

/**
 * Finds the asked-for roles in the user's list. Each one that cannot be activated now is
 * explained in words (no longer eligible, unknown id, already active or on its way), never
 * silently dropped.
 */
export function resolveRoles(
  requests: readonly RoleRequest[],
  roles: readonly MyRole[],
): { found: MyRole[]; expected: Map<string, number | undefined>; notices: string[] } {
  const byKey = new Map(roles.map((role) => [role.key, role]));
  const found: MyRole[] = [];
  const expected = new Map<string, number | undefined>();
  const notices: string[] = [];
  for (const request of requests) {
    const key = roleRefKey(request.ref);
    const shown =
      request.name && request.name !== request.ref
        ? `${request.name} (${request.ref})`
        : request.ref;
    if (key === undefined) {
      notices.push(`"${request.ref}" is not a role id PIM Portal understands; it was left out.`);
      continue;
    }
    const role = byKey.get(key);
    if (!role?.eligibility) {
      notices.push(`You are not eligible for ${shown}; it was left out.`);
      continue;
    }
    if (found.includes(role)) continue;
    if (canActivate(role)) {
      found.push(role);
      expected.set(role.key, request.durationMinutes);
      continue;
    }
    const state = roleState(role);
    notices.push(
      state === 'active' || state === 'assigned'
        ? `${label(role)} is already active; it was left out.`
        : state === 'pending'
          ? `${label(role)} already has a request waiting for approval; it was left out.`
          : `${label(role)} already has a request on its way; it was left out.`,
    );
  }
  return { found, expected, notices };
}

/**
 * Roles whose own maximum is below what they were expected to get, in words: the duration
 * asked for, or for a preset role the duration it got when the preset was saved (so a cap the
 * user already accepted then is not explained again on every click).
 */
export function capNotices(
  roles: readonly MyRole[],
  durationMinutes: number,
  expected: ReadonlyMap<string, number | undefined> = new Map(),
): string[] {
  return roles.flatMap((role) => {
    const maximum = role.policy?.maximumMinutes;
    const wanted = Math.min(expected.get(role.key) ?? durationMinutes, durationMinutes);
    return maximum !== undefined && maximum < wanted
      ? [
          `${label(role)} can be active for at most ${formatDuration(maximum)}: it gets ${formatDuration(maximum)} instead of ${formatDuration(wanted)}.`,
        ]
      : [];
  });
}

/** What opening a preset or a link leads to: the roles, the form, and what to tell the user. */
export interface LaunchPlan {
  roles: MyRole[];
  durationMinutes: number;
  notices: string[];
}

/**
 * Resolves asked-for roles and a duration against the list: roles that cannot be activated are
 * explained, and a duration longer than every found role allows is brought down to the longest
 * (each role is still capped at its own maximum when sent, and that is explained too).
 */
export function planLaunch(
  requests: readonly RoleRequest[],
  durationMinutes: number,
  roles: readonly MyRole[],
): LaunchPlan {
  const { found, expected, notices } = resolveRoles(requests, roles);
  const longest = Math.max(0, ...found.map((role) => role.policy?.maximumMinutes ?? 0));
  return {
    roles: found,
    durationMinutes: longest > 0 ? Math.min(durationMinutes, longest) : durationMinutes,
    notices: [...notices, ...capNotices(found, durationMinutes, expected)],
  };
}

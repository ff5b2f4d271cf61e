/**
 * Plain-words copy for the PIM error codes Graph answers (observed codes, see GRAPH-PIM.md §9).
 * Features branch on the code, never on Graph's message text; the code itself is still shown so
 * support can look it up.
 */
export interface ErrorCopy {
  /** What went wrong, for the person who asked. */
  summary: string;
  /** What they can do about it. */
  action: string;
}

const COPY: Readonly<Record<string, ErrorCopy>> = {
  RoleAssignmentRequestPolicyValidationFailed: {
    summary: 'The request does not meet the role’s policy.',
    action: 'Check the duration, justification and ticket the role requires, then try again.',
  },
  RoleAssignmentRequestAcrsValidationFailed: {
    summary: 'This role needs you to verify your identity again.',
    action: 'Activate it again and complete the extra sign-in step when asked.',
  },
  RoleAssignmentExists: {
    summary: 'This role is already active or already requested.',
    action: 'Refresh the list to see its current state.',
  },
  ActiveDurationTooShort: {
    summary: 'A role can only be deactivated after it has been active for five minutes.',
    action: 'Wait a few minutes, then deactivate it again.',
  },
  RoleAssignmentDoesNotExist: {
    summary: 'There is no active assignment of this role to change.',
    action: 'It may have ended already; refresh the list.',
  },
  PermissionScopeNotGranted: {
    summary: 'The portal has not been granted the permission this needs in your tenant.',
    action: 'Ask a Global Administrator or Privileged Role Administrator to grant admin consent.',
  },
  Authorization_RequestDenied: {
    summary: 'You do not have permission to do this.',
    action: 'Ask an administrator for access.',
  },
  TooManyRequests: {
    summary: 'Microsoft Graph is busy and asked us to slow down.',
    action: 'Wait a minute and try again; nothing was changed.',
  },
  NetworkError: {
    summary: 'The portal could not reach Microsoft Graph.',
    action: 'Check your connection, then refresh the list to see what happened.',
  },
  Timeout: {
    summary: 'Microsoft Graph did not answer in time.',
    action: 'Refresh the list to see whether the request went through before trying again.',
  },
};

const FALLBACK: ErrorCopy = {
  summary: 'Microsoft Graph refused the request.',
  action: 'Try again later; if it keeps failing, send the code below to your support team.',
};

/** Looks up the inner code first: PIM wraps some failures as `UnknownError`. */
export function describePimError(code: string, innerCode?: string): ErrorCopy {
  return (innerCode ? COPY[innerCode] : undefined) ?? COPY[code] ?? FALLBACK;
}

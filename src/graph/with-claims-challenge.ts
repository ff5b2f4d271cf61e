import { isGraphError } from './graph-error.ts';

/**
 * Runs a Graph call; if Graph answers with a claims challenge (Conditional Access, PIM's
 * authentication context), runs it once more with those claims so the token function steps the
 * user up (MFA, auth context) before the retry. One retry only: a second challenge means the
 * step-up did not satisfy the policy, and looping would trap the user in sign-in prompts.
 *
 *   await withClaimsChallenge((claims) => graph.post(path, body, { scopes, claims }));
 *
 * Resending is safe: a challenged request was refused before it took effect.
 * `initialClaims` sends known claims up front (policy says auth context is required).
 */
export async function withClaimsChallenge<T>(
  call: (claims: string | undefined) => Promise<T>,
  initialClaims?: string,
): Promise<T> {
  try {
    return await call(initialClaims);
  } catch (error) {
    if (isGraphError(error) && error.claims !== undefined) return call(error.claims);
    throw error;
  }
}

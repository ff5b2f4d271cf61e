import { EMULATOR_PREFIX, EMULATOR_TENANT_ID } from '../constants.ts';
import { needsStepUp, satisfies, type ClaimsRequest } from './claims-request.ts';
import { SPA_REFRESH_LIFETIME_MS, type GrantContext } from './grant-store.ts';
import type { IdentityContext } from './identity-context.ts';
import { clientInfo } from './ids.ts';
import { replyScope, type RequestedScopes } from './scopes.ts';
import { StsError } from './sts-error.ts';
import { ACCESS_TOKEN_LIFETIME_S } from './tokens.ts';

export const CONSENT_ERROR = { error: 'invalid_grant', suberror: 'consent_required' };

/**
 * A claims challenge the grant has not met needs a new interactive sign-in. Entra answers
 * AADSTS50076 with `suberror: basic_action`, which MSAL turns into InteractionRequiredAuthError.
 */
export function checkStrength(grant: GrantContext, want: ClaimsRequest, raw: string | null): void {
  if (!needsStepUp(want) || satisfies(grant, want)) return;
  throw new StsError({
    error: 'invalid_grant',
    code: 50076,
    description:
      "Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '00000003-0000-0000-c000-000000000000'.",
    suberror: 'basic_action',
    claims: raw ?? undefined,
  });
}

export async function issue(
  ctx: IdentityContext,
  url: URL,
  form: URLSearchParams,
  grant: GrantContext,
  claims: ClaimsRequest,
  out: {
    scopes: RequestedScopes;
    permissions: string[];
    chainStartMs: number;
    nonce: string | undefined;
  },
): Promise<Record<string, unknown>> {
  const user = ctx.directory.findUser(grant.userId);
  if (!user) {
    throw new StsError({
      error: 'invalid_grant',
      code: 50034,
      description: 'The user account does not exist in the directory.',
    });
  }
  const capabilities =
    claims.clientCapabilities.length > 0 ? claims.clientCapabilities : grant.clientCapabilities;
  const subject = {
    user,
    sessionId: grant.sessionId,
    mfa: grant.mfa,
    acrs: grant.acrs,
    clientCapabilities: capabilities,
  };
  const reply: Record<string, unknown> = {
    token_type: 'Bearer',
    scope: replyScope(out.scopes, out.permissions),
    expires_in: ACCESS_TOKEN_LIFETIME_S,
    ext_expires_in: ACCESS_TOKEN_LIFETIME_S,
    access_token: await ctx.minter.accessToken(subject, out.permissions),
  };
  if (out.scopes.oidc.includes('offline_access')) {
    const next = ctx.store.issueRefreshToken({
      clientId: grant.clientId,
      userId: grant.userId,
      sessionId: grant.sessionId,
      authTime: grant.authTime,
      mfa: grant.mfa,
      acrs: [...grant.acrs],
      clientCapabilities: [...capabilities],
      graphPermissions: out.permissions,
      chainStartMs: out.chainStartMs,
    });
    reply.refresh_token = next.token;
    reply.refresh_token_expires_in = Math.max(
      0,
      Math.floor((out.chainStartMs + SPA_REFRESH_LIFETIME_MS - ctx.clock.nowMs()) / 1000),
    );
  }
  if (out.scopes.oidc.includes('openid')) {
    reply.id_token = await ctx.minter.idToken(subject, {
      issuer: `${url.origin}${EMULATOR_PREFIX}/${EMULATOR_TENANT_ID}/v2.0`,
      nonce: out.nonce,
      email: out.scopes.oidc.includes('email'),
    });
  }
  if (form.get('client_info') === '1') reply.client_info = clientInfo(user.id, EMULATOR_TENANT_ID);
  return reply;
}

import type { Persona } from '../tenant/personas.ts';
import type { ClaimsRequest } from './claims-request.ts';
import { escapeHtml, hiddenFields, htmlPage } from './page-shell.ts';
import { APP_DISPLAY_NAME } from './scopes.ts';
import type { StsErrorDetails } from './sts-error.ts';

export interface FormTarget {
  /** The authorize endpoint the form posts back to. */
  action: string;
  /** The original authorize parameters, carried through the form. */
  params: Iterable<[string, string]>;
  /** The redirect URI's origin (the CSP lets the post-sign-in redirect go there). */
  redirectOrigin: string;
}

export function signInPage(target: FormTarget, personas: readonly Persona[]): Response {
  const items = personas
    .map((p, i) => {
      const id = `persona-${String(i)}`;
      return `<li>
<span class="who" id="${id}-name">${escapeHtml(p.displayName)}</span>
<span class="upn">${escapeHtml(p.userPrincipalName)}</span>
<span class="desc" id="${id}-desc">${escapeHtml(p.description)}</span>
<button type="submit" name="login_as" value="${escapeHtml(p.userPrincipalName)}" aria-describedby="${id}-desc">Sign in as ${escapeHtml(p.displayName)}</button>
</li>`;
    })
    .join('\n');
  const body = `<h1>Sign in</h1>
<p class="lead">Pick an account to continue to ${escapeHtml(APP_DISPLAY_NAME)}</p>
<form method="post" action="${escapeHtml(target.action)}">
${hiddenFields(target.params)}
<ul aria-label="Accounts">
${items}
</ul>
</form>
<p class="note">This is the local emulator of the Microsoft identity platform. No password is needed: choosing an account signs in as that demo user.</p>`;
  return htmlPage('Sign in to your account', body, { redirectOrigin: target.redirectOrigin });
}

export function verifyPage(target: FormTarget, user: Persona, want: ClaimsRequest): Response {
  const requirements: string[] = [];
  if (want.acrs.length > 0) {
    const ids = want.acrs.map((c) => `<strong>${escapeHtml(c)}</strong>`).join(', ');
    requirements.push(
      `<li>Conditional Access authentication context ${ids}, which your administrator protects with multifactor authentication</li>`,
    );
  }
  if (want.mfa || want.acrs.length === 0) {
    requirements.push('<li>Multifactor authentication</li>');
  }
  const body = `<h1>Verify your identity</h1>
<p class="lead">${escapeHtml(APP_DISPLAY_NAME)} needs extra verification for ${escapeHtml(user.displayName)} (${escapeHtml(user.userPrincipalName)}).</p>
<p>The action you started requires:</p>
<ul class="requirements">
${requirements.join('\n')}
</ul>
<form method="post" action="${escapeHtml(target.action)}">
${hiddenFields(target.params)}
<div class="actions">
<button type="submit" name="action" value="verify">Verify</button>
<button type="submit" name="action" value="cancel" class="secondary">Cancel</button>
</div>
</form>
<p class="note">In the emulator, Verify stands for approving a sign-in request in Microsoft Authenticator.</p>`;
  return htmlPage('Verify your identity', body, { redirectOrigin: target.redirectOrigin });
}

/** Entra's error page, shown when the error cannot be sent back to a trusted redirect URI. */
export function errorPage(details: StsErrorDetails): Response {
  const [message = ''] = details.error_description.split('\r\n');
  const body = `<h1>Sorry, but we're having trouble signing you in.</h1>
<p role="alert">${escapeHtml(message)}</p>
<h2>Troubleshooting details</h2>
<dl>
<dt>Error</dt><dd>${escapeHtml(details.error)}</dd>
<dt>Correlation ID</dt><dd>${escapeHtml(details.correlation_id)}</dd>
<dt>Trace ID</dt><dd>${escapeHtml(details.trace_id)}</dd>
<dt>Timestamp</dt><dd>${escapeHtml(details.timestamp)}</dd>
</dl>`;
  return htmlPage('Sign in to your account', body, { status: 400 });
}

export function signedOutPage(headers: HeadersInit): Response {
  const body = `<h1>You signed out of your account</h1>
<p class="lead">It's a good idea to close all browser windows.</p>`;
  return htmlPage('Sign out', body, { headers });
}

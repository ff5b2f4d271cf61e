import { StsError } from './sts-error.ts';

/** What an OIDC `claims` request parameter asks of the sign-in. */
export interface ClaimsRequest {
  /** Authentication context ids (`c1`...) that must have been satisfied. */
  acrs: string[];
  /** Whether multifactor authentication is demanded (`amr` containing `mfa`). */
  mfa: boolean;
  /** Client capabilities (`xms_cc`, e.g. `CP1` for CAE) the client declared. */
  clientCapabilities: string[];
}

/** What a session or grant has proven. */
export interface AuthStrength {
  mfa: boolean;
  acrs: readonly string[];
}

export const NO_CLAIMS: ClaimsRequest = { acrs: [], mfa: false, clientCapabilities: [] };

/** Parses `claims` (JSON, already URL-decoded). Absent or empty means no demands. */
export function parseClaimsRequest(raw: string | null | undefined): ClaimsRequest {
  if (raw === null || raw === undefined || raw.trim() === '') return NO_CLAIMS;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw invalidClaims();
  }
  if (!isRecord(parsed)) throw invalidClaims();
  const acrs = new Set<string>();
  const capabilities = new Set<string>();
  let mfa = false;
  for (const section of ['access_token', 'id_token', 'userinfo']) {
    const claims = parsed[section];
    if (claims === undefined || claims === null) continue;
    if (!isRecord(claims)) throw invalidClaims();
    for (const v of claimValues(claims.acrs)) acrs.add(v);
    for (const v of claimValues(claims.xms_cc)) capabilities.add(v);
    if (claimValues(claims.amr).some((v) => v.toLowerCase() === 'mfa')) mfa = true;
  }
  return { acrs: [...acrs], mfa, clientCapabilities: [...capabilities] };
}

/** Whether `have` satisfies the step-up `want` asks for. */
export function satisfies(have: AuthStrength, want: ClaimsRequest): boolean {
  if (want.mfa && !have.mfa) return false;
  return want.acrs.every((c) => have.acrs.includes(c));
}

export function needsStepUp(want: ClaimsRequest): boolean {
  return want.mfa || want.acrs.length > 0;
}

/** `value` may be a comma-separated list; `values` an array, as in the OIDC claims request. */
function claimValues(spec: unknown): string[] {
  if (!isRecord(spec)) return [];
  const out: string[] = [];
  if (typeof spec.value === 'string') out.push(...spec.value.split(','));
  if (Array.isArray(spec.values)) {
    for (const v of spec.values as unknown[]) if (typeof v === 'string') out.push(...v.split(','));
  }
  return out.map((v) => v.trim()).filter(Boolean);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalidClaims(): StsError {
  return new StsError({
    error: 'invalid_request',
    code: 90100,
    description: 'claims parameter is empty or not valid.',
  });
}

import { describe, expect, it } from 'vitest';
import { claimsFromAcrsMessage, claimsFromWwwAuthenticate } from './claims.ts';

const CLAIMS = '{"access_token":{"acrs":{"essential":true,"value":"c1"}}}';
const ENCODED =
  '%7B%22access_token%22%3A%7B%22acrs%22%3A%7B%22essential%22%3Atrue%2C%22value%22%3A%22c1%22%7D%7D%7D';
const CODE = 'RoleAssignmentRequestAcrsValidationFailed';

describe('claimsFromWwwAuthenticate', () => {
  it('decodes the base64 claims of a CAE challenge', () => {
    const cae = '{"access_token":{"nbf":{"essential":true,"value":"1604106651"}}}';
    const header =
      'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", ' +
      `client_id="00000003-0000-0000-c000-000000000000", error="insufficient_claims", claims="${btoa(cae)}"`;
    expect(claimsFromWwwAuthenticate(header)).toBe(cae);
  });

  it('accepts unpadded base64url and raw JSON, and ignores headers without claims', () => {
    const base64url = btoa(CLAIMS).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
    expect(claimsFromWwwAuthenticate(`Bearer claims="${base64url}"`)).toBe(CLAIMS);
    expect(
      claimsFromWwwAuthenticate(`Bearer claims="${CLAIMS.replace(/"/g, '')}"`),
    ).toBeUndefined();
    expect(claimsFromWwwAuthenticate('Bearer realm="", error="invalid_token"')).toBeUndefined();
    expect(claimsFromWwwAuthenticate('Bearer claims="bm90IGpzb24="')).toBeUndefined(); // "not json"
    expect(claimsFromWwwAuthenticate(null)).toBeUndefined();
  });
});

describe('claimsFromAcrsMessage', () => {
  it('reads the URL-encoded claims of an authentication-context failure', () => {
    const message = `The following policy rules failed: ["AcrsRule"]. &claims=${ENCODED}`;
    expect(claimsFromAcrsMessage([CODE], message)).toBe(CLAIMS);
    expect(claimsFromAcrsMessage([CODE], `&claims=${ENCODED}&other=1`)).toBe(CLAIMS);
  });

  it('finds it inside an UnknownError whose message is JSON', () => {
    const message = JSON.stringify({ errorCode: CODE, message: `Failed. claims=${ENCODED}` });
    expect(claimsFromAcrsMessage(['UnknownError', CODE], message)).toBe(CLAIMS);
    expect(claimsFromAcrsMessage(['UnknownError'], message)).toBe(CLAIMS);
  });

  it('keeps encoded spaces, and ignores claims= in unrelated errors or broken encodings', () => {
    const spaced = ENCODED.replace('%2C', '%2C%20');
    expect(claimsFromAcrsMessage([CODE], `&claims=${spaced}`)).toBe(
      '{"access_token":{"acrs":{"essential":true, "value":"c1"}}}',
    );
    expect(claimsFromAcrsMessage(['BadRequest'], `claims=${ENCODED}`)).toBeUndefined();
    expect(claimsFromAcrsMessage([CODE], 'claims=%E0%A4%A')).toBeUndefined();
    expect(claimsFromAcrsMessage([CODE], 'no claims here')).toBeUndefined();
  });
});

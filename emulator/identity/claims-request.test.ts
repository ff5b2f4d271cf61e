import { describe, expect, it } from 'vitest';
import { needsStepUp, parseClaimsRequest, satisfies } from './claims-request.ts';

describe('parseClaimsRequest', () => {
  it('reads acrs from value (comma list) and values, amr=mfa and xms_cc', () => {
    const parsed = parseClaimsRequest(
      JSON.stringify({
        access_token: {
          acrs: { essential: true, value: 'c1, c2' },
          xms_cc: { values: ['CP1'] },
        },
        id_token: { acrs: { values: ['c3'] }, amr: { values: ['MFA'] } },
      }),
    );
    expect(parsed).toEqual({ acrs: ['c1', 'c2', 'c3'], mfa: true, clientCapabilities: ['CP1'] });
    expect(needsStepUp(parsed)).toBe(true);
  });

  it('treats a capabilities-only request as no step-up, and rejects malformed JSON', () => {
    const cc = parseClaimsRequest('{"access_token":{"xms_cc":{"values":["CP1"]}}}');
    expect(needsStepUp(cc)).toBe(false);
    expect(parseClaimsRequest('')).toEqual({ acrs: [], mfa: false, clientCapabilities: [] });
    expect(() => parseClaimsRequest('{nope')).toThrow(/AADSTS90100/);
    expect(() => parseClaimsRequest('[]')).toThrow(/AADSTS90100/);
  });
});

describe('satisfies', () => {
  it('needs every requested context and MFA when asked', () => {
    const want = parseClaimsRequest('{"access_token":{"acrs":{"essential":true,"value":"c1"}}}');
    expect(satisfies({ mfa: true, acrs: ['c1', 'c2'] }, want)).toBe(true);
    expect(satisfies({ mfa: true, acrs: ['c2'] }, want)).toBe(false);
    const mfa = parseClaimsRequest('{"access_token":{"amr":{"values":["mfa"]}}}');
    expect(satisfies({ mfa: false, acrs: [] }, mfa)).toBe(false);
  });
});

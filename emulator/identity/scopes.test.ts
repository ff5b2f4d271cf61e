import { describe, expect, it } from 'vitest';
import {
  APP_REGISTRATION_PERMISSIONS,
  grantGraphPermissions,
  parseScopes,
  replyScope,
} from './scopes.ts';
import { StsError } from './sts-error.ts';

const ERR = { error: 'invalid_grant', suberror: 'consent_required' };

describe('parseScopes', () => {
  it('reads OIDC scopes and Graph permissions in every accepted spelling', () => {
    const s = parseScopes(
      'openid Profile offline_access User.Read https://graph.microsoft.com/RoleManagement.Read.Directory 00000003-0000-0000-c000-000000000000/AuditLog.Read.All user.read',
    );
    expect(s.oidc).toEqual(['openid', 'profile', 'offline_access']);
    expect(s.graph).toEqual(['User.Read', 'RoleManagement.Read.Directory', 'AuditLog.Read.All']);
    expect(s.prefixed).toBe(true);
    expect(s.wantsDefault).toBe(false);
  });

  it('rejects other resources (AADSTS500011) and malformed permission names (AADSTS70011)', () => {
    expect(() => parseScopes('api://contoso-api/Read')).toThrow(
      /AADSTS500011: .*api:\/\/contoso-api/,
    );
    expect(() => parseScopes('https://graph.microsoft.com/not a scope')).toThrow(StsError);
    expect(() => parseScopes('Read')).toThrow(/AADSTS70011/);
  });
});

describe('grantGraphPermissions', () => {
  it('accumulates, defaults to User.Read, and expands .default to the registration', () => {
    const none = parseScopes('openid profile');
    expect(grantGraphPermissions(none, [], new Set(), ERR)).toEqual(['User.Read']);
    const more = parseScopes('RoleManagement.Read.Directory');
    expect(grantGraphPermissions(more, ['User.Read'], new Set(), ERR)).toEqual([
      'User.Read',
      'RoleManagement.Read.Directory',
    ]);
    const all = parseScopes('https://graph.microsoft.com/.default');
    expect(grantGraphPermissions(all, [], new Set(['auditlog.read.all']), ERR)).toEqual(
      APP_REGISTRATION_PERMISSIONS.filter((p) => p !== 'AuditLog.Read.All'),
    );
  });

  it('throws AADSTS65001 with the given error shape for a refused permission', () => {
    const req = parseScopes('Directory.Read.All');
    let thrown: unknown;
    try {
      grantGraphPermissions(req, [], new Set(['directory.read.all']), ERR);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toMatchObject({
      error: 'invalid_grant',
      suberror: 'consent_required',
      code: 65001,
    });
  });
});

describe('replyScope', () => {
  it('writes Graph permissions as requested and leaves out offline_access', () => {
    expect(replyScope(parseScopes('User.Read openid profile offline_access'), ['User.Read'])).toBe(
      'User.Read openid profile',
    );
    expect(
      replyScope(parseScopes('https://graph.microsoft.com/.default openid'), ['User.Read']),
    ).toBe('https://graph.microsoft.com/User.Read https://graph.microsoft.com/.default openid');
  });
});

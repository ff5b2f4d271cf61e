import { beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../emulator.ts';
import { graphCaller, personaUpn, testEmulator } from './graph-caller.ts';
import { searchTokens } from './user-search.ts';

/** `GET /users` as user-list and "Advanced query capabilities on Azure AD objects" describe it. */
let em: Emulator;

beforeEach(async () => {
  em = await testEmulator();
});

const alex = personaUpn('Alex');
const asAlex = graphCaller(() => em, ['User.ReadBasic.All']);
const users = (query: string, { eventual = false, scopes = ['User.ReadBasic.All'] } = {}) =>
  asAlex(alex, `/v1.0/users${query}`, {
    permissions: scopes,
    headers: eventual ? { ConsistencyLevel: 'eventual' } : {},
  });

const names = (body: Record<string, unknown>) =>
  (body.value as { displayName?: string }[]).map((u) => u.displayName);

describe('GET /users', () => {
  it('lists users with the default property set, paged by $top with a nextLink', async () => {
    const first = await users('?$top=2');
    expect(first.status).toBe(200);
    expect(first.body['@odata.context']).toBe('https://graph.microsoft.com/v1.0/$metadata#users');
    const value = first.body.value as Record<string, unknown>[];
    expect(value).toHaveLength(2);
    // user-list example 1: the eleven default properties and nothing else.
    expect(Object.keys(value[0] ?? {}).sort()).toEqual(
      [
        'businessPhones',
        'displayName',
        'givenName',
        'id',
        'jobTitle',
        'mail',
        'mobilePhone',
        'officeLocation',
        'preferredLanguage',
        'surname',
        'userPrincipalName',
      ].sort(),
    );
    const next = String(first.body['@odata.nextLink']);
    expect(next).toContain('$skiptoken=');
    const path = new URL(next).pathname + new URL(next).search;
    const second = await users(path.slice(path.indexOf('?')));
    expect(second.status).toBe(200);
    expect((second.body.value as { id: string }[])[0]?.id).not.toBe(value[0]?.id);
  });

  it('filters with startswith on displayName and honours $select', async () => {
    const { status, body } = await users(
      `?$filter=${encodeURIComponent("startswith(displayName,'adele')")}&$select=id,displayName`,
    );
    expect(status).toBe(200);
    expect(names(body)).toEqual(['Adele Vance']);
    expect(Object.keys((body.value as object[])[0] ?? {}).sort()).toEqual(['displayName', 'id']);
    expect(body['@odata.context']).toBe(
      'https://graph.microsoft.com/v1.0/$metadata#users(id,displayName)',
    );
  });

  it('needs ConsistencyLevel: eventual for $search, then matches word prefixes', async () => {
    const refused = await users(`?$search=${encodeURIComponent('"displayName:wil"')}`);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({
      code: 'Request_UnsupportedQuery',
      message: expect.stringContaining("'ConsistencyLevel: eventual'") as unknown,
    });
    const found = await users(`?$search=${encodeURIComponent('"displayName:wil"')}&$count=true`, {
      eventual: true,
    });
    expect(found.status).toBe(200);
    expect(names(found.body)).toContain('Alex Wilber');
    expect(names(found.body).every((n) => n && /\bwil/i.test(n))).toBe(true);
    expect(found.body['@odata.count']).toBe(names(found.body).length);
    const either = await users(
      `?$search=${encodeURIComponent('"displayName:megan" OR "displayName:diego"')}`,
      { eventual: true },
    );
    expect(names(either.body).sort()).toEqual(['Diego Siciliani', 'Megan Bowen']);
  });

  it('answers the documented errors for unsupported combinations', async () => {
    const unquoted = await users('?$search=adele', { eventual: true });
    expect(unquoted.status).toBe(400);
    const ne = await users(`?$filter=${encodeURIComponent("displayName ne 'x'")}`);
    expect(ne.status).toBe(400);
    expect(ne.body.error).toMatchObject({ code: 'Request_UnsupportedQuery' });
    const neAdvanced = await users(
      `?$filter=${encodeURIComponent("displayName ne 'x'")}&$count=true`,
      {
        eventual: true,
      },
    );
    expect(neAdvanced.status).toBe(200);
    const sorted = await users(
      `?$filter=${encodeURIComponent("startswith(displayName,'a')")}&$orderby=displayName`,
    );
    expect(sorted.body.error).toMatchObject({
      code: 'Request_UnsupportedQuery',
      message: 'Sorting not supported for current query.',
    });
    // Without the header, $count=true is silently ignored (the docs' "silent fail" example).
    const count = await users('?$count=true&$top=1');
    expect(count.status).toBe(200);
    expect(count.body['@odata.count']).toBeUndefined();
    expect((await users('?$skip=1')).status).toBe(400);
  });

  it('requires a permission that lets the caller read other users', async () => {
    const { status, body } = await users('', { scopes: ['User.Read'] });
    expect(status).toBe(403);
    expect(body.error).toMatchObject({ code: 'Authorization_RequestDenied' });
  });

  it('other collections still refuse $search', async () => {
    const res = await users('', { eventual: true });
    expect(res.status).toBe(200);
    const audit = await asAlex(alex, '/v1.0/auditLogs/directoryAudits?$search="x"', {
      permissions: ['AuditLog.Read.All', 'Directory.Read.All'],
      headers: { ConsistencyLevel: 'eventual' },
    });
    expect(audit.status).toBe(400);
  });
});

describe('searchTokens', () => {
  it('splits as the $search docs describe', () => {
    expect(searchTokens('hello world')).toEqual(['hello', 'world']);
    expect(searchTokens('HelloWorld')).toEqual(['hello', 'world']);
    expect(searchTokens('hello123world')).toEqual(['hello', '123', 'world']);
    expect(searchTokens('hello.world')).toEqual(['hello', 'world']);
  });
});

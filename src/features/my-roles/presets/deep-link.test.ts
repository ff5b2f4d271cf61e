import { describe, expect, it } from 'vitest';
import { buildActivateLink, parseActivateLink } from './deep-link.ts';
import { testRole } from './test-roles.ts';

const GA = '62e90394-69f5-4237-9190-012177145e10';
const AU = '/administrativeUnits/5e7b2c1d';

describe('activation links', () => {
  it('round-trips roles and form values', () => {
    const roles = [
      testRole(
        { plane: 'role', roleDefinitionId: GA, directoryScopeId: AU },
        'Global Administrator',
      ),
      testRole({ plane: 'group', groupId: 'g1', accessId: 'owner' }, 'Finance Admins'),
    ];
    const link = buildActivateLink('https://pim.example', roles, {
      durationMinutes: 150,
      justification: 'Fix & deploy #7',
      ticketNumber: 'INC 9',
      ticketSystem: '',
    });
    const url = new URL(link);
    expect(url.pathname).toBe('/activate');
    expect(url.searchParams.has('ticketSystem')).toBe(false);
    expect(parseActivateLink(url.search)).toEqual({
      refs: [`role:${GA}@${AU}`, 'group:g1:owner'],
      durationMinutes: 150,
      justification: 'Fix & deploy #7',
      ticketNumber: 'INC 9',
      ticketSystem: '',
      problems: [],
    });
  });

  it('says what it cannot use', () => {
    expect(parseActivateLink('?duration=two%20hours').problems).toEqual([
      'The link names no role to activate.',
      'The link\'s duration "two hours" is not one PIM understands (ISO 8601, e.g. PT2H); choose one below.',
    ]);
    const long = parseActivateLink(`?role=role:${GA}&duration=PT10H`);
    expect(long.durationMinutes).toBe(480);
    expect(long.problems).toEqual([
      "The link asks for PT10H, longer than PIM's 8 hours; the form offers the longest each role allows.",
    ]);
    expect(parseActivateLink(`?role=role:${GA}`).durationMinutes).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { GraphApiError } from '../errors.ts';
import { parseFilter } from './odata-filter.ts';
import { equalityValues, evaluateFilter, validateFilter } from './odata-filter-eval.ts';

const audit = {
  id: 'a1',
  activityDateTime: '2026-03-01T10:00:00Z',
  loggedByService: 'PIM',
  initiatedBy: { user: { id: 'u1', displayName: 'Adele Vance' } },
  targetResources: [
    { id: 'role-1', type: 'Role', displayName: 'Global Administrator' },
    { id: 'u1', type: 'User', displayName: "O'Brien" },
  ],
};

const matches = (filter: string, entity: object = audit): boolean =>
  evaluateFilter(parseFilter(filter), entity);

function rejects(filter: string, message: RegExp): void {
  try {
    parseFilter(filter);
  } catch (e) {
    expect(e).toBeInstanceOf(GraphApiError);
    expect((e as GraphApiError).status).toBe(400);
    expect((e as GraphApiError).code).toBe('BadRequest');
    expect((e as GraphApiError).message).toMatch(message);
    return;
  }
  throw new Error(`expected '${filter}' to be rejected`);
}

describe('$filter parsing and evaluation', () => {
  it('compares strings case-insensitively, as Graph does for enums and ids', () => {
    expect(matches("loggedByService eq 'pim'")).toBe(true);
    expect(matches("loggedByService ne 'PIM'")).toBe(false);
    expect(matches("loggedByService eq 'Core Directory'")).toBe(false);
  });

  it('compares datetimes as instants with ge, le, gt and lt', () => {
    expect(matches('activityDateTime ge 2026-03-01T00:00:00Z')).toBe(true);
    expect(matches('activityDateTime le 2026-03-01T09:59:59.999Z')).toBe(false);
    expect(matches('activityDateTime gt 2026-03-01T10:00:00+01:00')).toBe(true);
    expect(matches('activityDateTime lt 2026-03-01T10:00:00Z')).toBe(false);
  });

  it('follows navigation paths such as initiatedBy/user/id', () => {
    expect(matches("initiatedBy/user/id eq 'u1'")).toBe(true);
    expect(matches("initiatedBy/user/id eq 'u2'")).toBe(false);
  });

  it('evaluates any() lambdas over collections', () => {
    expect(matches("targetResources/any(t: t/id eq 'role-1')")).toBe(true);
    expect(matches("targetResources/any(t: t/id eq 'role-2')")).toBe(false);
    expect(matches("targetResources/any(x: x/type eq 'user' and x/id eq 'u1')")).toBe(true);
    expect(matches("targetResources/all(t: t/id eq 'role-1')")).toBe(false);
  });

  it('handles and, or, not, parentheses and precedence', () => {
    expect(matches("loggedByService eq 'PIM' and (id eq 'x' or id eq 'a1')")).toBe(true);
    expect(matches("id eq 'x' or id eq 'a1' and loggedByService eq 'nope'")).toBe(false);
    expect(matches("not (id eq 'a1')")).toBe(false);
  });

  it('supports in, startswith, escaped quotes, null and booleans', () => {
    expect(matches("id in ('z', 'A1')")).toBe(true);
    expect(matches("startswith(initiatedBy/user/displayName, 'adele')")).toBe(true);
    expect(matches("targetResources/any(t: t/displayName eq 'O''Brien')")).toBe(true);
    expect(matches('endDateTime eq null', { endDateTime: null })).toBe(true);
    expect(matches('endDateTime ne null', { endDateTime: '2026-01-01T00:00:00Z' })).toBe(true);
    expect(matches('isBuiltIn eq true', { isBuiltIn: true })).toBe(true);
    expect(matches('isBuiltIn eq false', { isBuiltIn: true })).toBe(false);
  });

  it('accepts unquoted GUID literals', () => {
    const id = '62e90394-69f5-4237-9190-012177145e10';
    expect(matches(`roleDefinitionId eq ${id}`, { roleDefinitionId: id.toUpperCase() })).toBe(true);
  });

  it('rejects malformed clauses with Invalid filter clause', () => {
    rejects("id eq 'unterminated", /^Invalid filter clause: Unterminated string/);
    rejects("id eq 'a' and", /^Invalid filter clause: Syntax error/);
    rejects("id like 'a'", /^Invalid filter clause: The operator 'like' is not supported/);
    rejects('(id eq 1', /^Invalid filter clause: Syntax error/);
    rejects('', /^Invalid filter clause/);
    rejects("id eq 'a' id eq 'b'", /^Invalid filter clause: Syntax error/);
  });

  it('rejects properties and operators the collection does not support', () => {
    const caps = {
      properties: ['id', 'initiatedBy/user/id', 'targetResources/any/id'],
      operators: ['eq', 'and', 'any'] as const,
    };
    const check = (filter: string) => () => {
      validateFilter(
        parseFilter(filter),
        { ...caps, operators: [...caps.operators] },
        'directoryAudit',
      );
    };
    expect(check("id eq 'a' and targetResources/any(t: t/id eq 'x')")).not.toThrow();
    expect(check("initiatedBy/user/id eq 'u1'")).not.toThrow();
    expect(check("secret eq 'a'")).toThrow(
      /Could not find a property named 'secret'.*directoryAudit/,
    );
    expect(check("id ne 'a'")).toThrow(/The operator 'ne' is not supported/);
    expect(check("targetResources/any(t: t/type eq 'User')")).toThrow(/property named 't\/type'/);
    expect(check("targetResources/any(t: q/id eq 'x')")).toThrow(/range variable 'q'/);
  });

  it('extracts the values a filter pins a property to', () => {
    const f = parseFilter(
      "scopeId eq '/' and scopeType eq 'DirectoryRole' and roleDefinitionId in ('a','b')",
    );
    expect(equalityValues(f, 'scopeType')).toEqual(['DirectoryRole']);
    expect(equalityValues(f, 'roleDefinitionId')).toEqual(['a', 'b']);
    expect(
      equalityValues(parseFilter("scopeId eq '/' or scopeType eq 'Group'"), 'scopeType'),
    ).toEqual([]);
  });
});

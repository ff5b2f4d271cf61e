import type { DirectoryAudit } from '@microsoft/microsoft-graph-types';
import { describe, expect, it } from 'vitest';
import { auditsCorrelatedWith, correlationIdIn } from './audit-correlation-index.ts';
import { parseFilter } from './odata-filter.ts';

const entry = (id: string, correlationId: string): DirectoryAudit => ({ id, correlationId });

describe('correlationIdIn', () => {
  it('finds the id alone or in an and-chain, never under or/not', () => {
    expect(correlationIdIn(parseFilter("correlationId eq 'ABC'"))).toBe('abc');
    expect(
      correlationIdIn(parseFilter("loggedByService eq 'PIM' and correlationId eq 'abc'")),
    ).toBe('abc');
    expect(correlationIdIn(parseFilter("correlationId eq 'a' or correlationId eq 'b'"))).toBe(
      undefined,
    );
    expect(correlationIdIn(parseFilter("correlationId ge 'a'"))).toBe(undefined);
    expect(correlationIdIn(undefined)).toBe(undefined);
  });
});

describe('auditsCorrelatedWith', () => {
  it('indexes the log once and picks up entries appended later', () => {
    const log = [entry('1', 'A'), entry('2', 'b'), entry('3', 'a')];
    expect(auditsCorrelatedWith(log, 'a').map((e) => e.id)).toEqual(['1', '3']);
    log.push(entry('4', 'a'), entry('5', 'c'));
    expect(auditsCorrelatedWith(log, 'a').map((e) => e.id)).toEqual(['1', '3', '4']);
    expect(auditsCorrelatedWith(log, 'c').map((e) => e.id)).toEqual(['5']);
    expect(auditsCorrelatedWith(log, 'missing')).toEqual([]);
  });
});

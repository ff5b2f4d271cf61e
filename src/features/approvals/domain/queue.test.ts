import { describe, expect, it } from 'vitest';
import { approval, at } from './fixtures.ts';
import {
  approvalDeadline,
  DEFAULT_STAGE_RULES,
  distinctOptions,
  filterQueue,
  isDecidable,
  urgencyOf,
} from './queue.ts';

describe('filterQueue', () => {
  const items = [
    approval('1'),
    approval('2', {
      plane: 'group',
      target: { id: 'g-help', displayName: 'Helpdesk Tier 2' },
      scope: 'Member',
      requester: { id: 'u-lee', displayName: 'Lee Gu', userPrincipalName: 'lee@contoso' },
      ticket: { number: 'INC-4711', system: 'ServiceNow' },
    }),
  ];

  it('filters by plane, target and requester', () => {
    expect(filterQueue(items, { plane: 'group' }).map((a) => a.id)).toEqual(['2']);
    expect(filterQueue(items, { targetId: 'r-ga' }).map((a) => a.id)).toEqual(['1']);
    expect(filterQueue(items, { requesterId: 'u-lee' }).map((a) => a.id)).toEqual(['2']);
    expect(filterQueue(items, { plane: 'role', requesterId: 'u-lee' })).toEqual([]);
  });

  it('matches every search word anywhere, in any case', () => {
    expect(filterQueue(items, { search: 'inc-4711' }).map((a) => a.id)).toEqual(['2']);
    expect(filterQueue(items, { search: 'ADELE quarterly' }).map((a) => a.id)).toEqual(['1']);
    expect(filterQueue(items, { search: 'adele helpdesk' })).toEqual([]);
    expect(filterQueue(items, { search: '   ' })).toHaveLength(2);
  });

  it('lists distinct filter options by name', () => {
    expect(distinctOptions([...items, approval('3')], (a) => a.requester)).toEqual([
      { id: 'u-adele', displayName: 'Adele Vance', userPrincipalName: 'adele@contoso' },
      { id: 'u-lee', displayName: 'Lee Gu', userPrincipalName: 'lee@contoso' },
    ]);
  });
});

describe('deadlines', () => {
  const item = approval('1', { createdAt: at('2026-11-29T10:00:00Z') });

  it('ends the stage timeout after the request was made', () => {
    expect(approvalDeadline(item, DEFAULT_STAGE_RULES).toISOString()).toBe(
      '2026-11-30T10:00:00.000Z',
    );
    expect(approvalDeadline(item, { ...DEFAULT_STAGE_RULES, timeoutDays: 3 }).toISOString()).toBe(
      '2026-12-02T10:00:00.000Z',
    );
  });

  it('marks the last two hours urgent and the end expired', () => {
    const deadline = at('2026-11-30T10:00:00Z');
    expect(urgencyOf(deadline, at('2026-11-30T07:59:59Z'))).toBe('normal');
    expect(urgencyOf(deadline, at('2026-11-30T08:00:00Z'))).toBe('urgent');
    expect(urgencyOf(deadline, at('2026-11-30T10:00:00Z'))).toBe('expired');
  });

  it('no longer offers a request past its timeout', () => {
    expect(isDecidable(item, DEFAULT_STAGE_RULES, at('2026-11-30T09:59:00Z'))).toBe(true);
    expect(isDecidable(item, DEFAULT_STAGE_RULES, at('2026-11-30T10:00:01Z'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_SORT, parseHistoryView, writeHistoryView } from './history-params.ts';

describe('history view in the URL', () => {
  it('round-trips every filter, refinement and sort, keeping other params', () => {
    const view = {
      filters: { requester: 'u-1', roleDefinitionId: 'r-1', status: 'Denied' },
      refinement: { from: '2026-11-01', to: '2026-11-20', action: 'selfactivate', text: 'CHG 1' },
      sort: { column: 'requester', direction: 'ascending' } as const,
    };
    const params = writeHistoryView(view, new URLSearchParams('tab=requests'));
    expect(params.toString()).toBe(
      'tab=requests&requester=u-1&role=r-1&status=Denied&from=2026-11-01&to=2026-11-20&action=selfactivate&q=CHG+1&sort=requester&dir=asc',
    );
    expect(parseHistoryView(params)).toEqual(view);
  });

  it('leaves defaults out and drops malformed values', () => {
    expect(writeHistoryView({ filters: {}, refinement: {}, sort: DEFAULT_SORT }).toString()).toBe(
      '',
    );
    const parsed = parseHistoryView(new URLSearchParams('from=yesterday&sort=secret&status=%20'));
    expect(parsed.refinement.from).toBeUndefined();
    expect(parsed.sort).toEqual(DEFAULT_SORT);
    expect(parsed.filters.status).toBeUndefined();
  });
});

// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HistorySort } from '../model/history-params.ts';
import type { HistoryRequest } from '../model/history-request.ts';
import { HistoryGrid } from './history-grid.tsx';

afterEach(cleanup);

// Denied and without approval: the grid reads no approver and no audit entry for these rows.
const request = (i: number): HistoryRequest => ({
  id: `req-${String(i)}`,
  plane: 'role',
  requesterId: `u-${String(i)}`,
  requesterName: `Person ${String(i)}`,
  requesterUpn: `person${String(i)}@contoso`,
  targetId: 'role-1',
  targetName: 'Global Reader',
  scope: 'Directory',
  action: 'selfActivate',
  status: 'Denied',
  createdAt: '2026-11-01T09:00:00Z',
  completedAt: null,
  requestedStart: '2026-11-01T09:30:00Z',
  requestedEnd: null,
  justification: `Reason ${String(i)}`,
  ticketNumber: `T-${String(i)}`,
  ticketSystem: '',
  approvalId: null,
  createdById: `u-${String(i)}`,
});

function renderGrid(
  count: number,
  sort: HistorySort = { column: 'created', direction: 'descending' },
) {
  const rows = Array.from({ length: count }, (_, i) => request(i));
  const handlers = { onSortChange: vi.fn(), onOpen: vi.fn(), onNearEnd: vi.fn() };
  const queryClient = new QueryClient();
  const grid = (list: HistoryRequest[], listKey: string) => (
    <QueryClientProvider client={queryClient}>
      <FluentProvider theme={webLightTheme}>
        <HistoryGrid
          rows={list}
          loaded={list}
          now={Date.parse('2026-11-02T00:00:00Z')}
          sort={sort}
          loadingMore={false}
          listKey={listKey}
          {...handlers}
        />
      </FluentProvider>
    </QueryClientProvider>
  );
  const { rerender } = render(grid(rows, 'first list'));
  return {
    rows,
    ...handlers,
    grid: screen.getByRole('grid', { name: 'Activation history' }),
    showList: (list: HistoryRequest[], listKey: string) => {
      rerender(grid(list, listKey));
    },
  };
}

const requesterOf = (row: HTMLElement | undefined) =>
  row ? (within(row).getAllByRole('gridcell')[1]?.textContent ?? '') : '';

describe('HistoryGrid', () => {
  it('draws only the rows in view, each placed among all rows for assistive technology', () => {
    const { grid } = renderGrid(200);
    expect(grid.getAttribute('aria-rowcount')).toBe('201');
    const rows = within(grid).getAllByRole('row');
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(40);
    expect(rows[0]?.getAttribute('aria-rowindex')).toBe('1');
    expect(rows[1]?.getAttribute('aria-rowindex')).toBe('2');
    const cells = within(rows[1] ?? grid).getAllByRole('gridcell');
    expect(cells.map((cell) => cell.textContent)).toEqual([
      '',
      'Person 0',
      'Global Reader · Directory',
      expect.any(String),
      'Denied',
      '—',
      '',
      expect.any(String),
      expect.any(String),
      'No end',
      '—',
      '—',
      'Reason 0',
      'T-0',
    ]);
  });

  it('sorts on a header click, the other way when already sorted, and not on other columns', () => {
    const { grid, onSortChange } = renderGrid(20, { column: 'requester', direction: 'ascending' });
    const requester = within(grid).getByRole('columnheader', { name: 'Requester' });
    expect(requester.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(within(requester).getByRole('button'));
    expect(onSortChange).toHaveBeenLastCalledWith({ column: 'requester', direction: 'descending' });
    const status = within(grid).getByRole('columnheader', { name: 'Status' });
    fireEvent.click(within(status).getByRole('button'));
    expect(onSortChange).toHaveBeenLastCalledWith({ column: 'status', direction: 'ascending' });
    fireEvent.click(within(grid).getByRole('columnheader', { name: 'Approver' }));
    expect(onSortChange).toHaveBeenCalledTimes(2);
  });

  it('opens a row from its Details button', () => {
    const { grid, rows, onOpen } = renderGrid(20);
    fireEvent.click(within(grid).getByRole('button', { name: 'Details: Global Reader, Person 3' }));
    expect(onOpen).toHaveBeenCalledWith(rows[3]);
  });

  it('draws a new list from its top, and keeps the place when the same list grows', () => {
    const { grid, showList } = renderGrid(200);
    const scroller = grid.parentElement as HTMLElement;
    scroller.scrollTop = 100 * 44;
    fireEvent.scroll(scroller);
    const scrolled = within(grid).getAllByRole('row')[1];
    expect(Number(scrolled?.getAttribute('aria-rowindex'))).toBeGreaterThan(90);

    // More of the same list (a page landing): the place is kept, the same rows stay drawn.
    const longer = Array.from({ length: 250 }, (_, i) => request(i));
    showList(longer, 'first list');
    expect(within(grid).getAllByRole('row')[1]).toBe(scrolled);

    // Another list (new filters): drawn from its first row.
    const other = Array.from({ length: 200 }, (_, i) => ({
      ...request(i),
      id: `other-${String(i)}`,
      requesterName: `Other ${String(i)}`,
    }));
    showList(other, 'second list');
    expect(scroller.scrollTop).toBe(0);
    const rows = within(grid).getAllByRole('row');
    expect(rows[1]?.getAttribute('aria-rowindex')).toBe('2');
    expect(requesterOf(rows[1])).toBe('Other 0');
    expect(requesterOf(rows[2])).toBe('Other 1');
  });

  it('asks for the next page only when the end of the loaded rows is near', () => {
    expect(renderGrid(200).onNearEnd).not.toHaveBeenCalled();
    cleanup();
    expect(renderGrid(30).onNearEnd).toHaveBeenCalled();
  });
});

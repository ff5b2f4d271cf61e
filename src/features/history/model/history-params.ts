import type { HistoryFilters } from '../api/get-history.ts';
import type { Refinement, SortColumn } from './refine.ts';

export interface HistorySort {
  column: SortColumn;
  direction: 'ascending' | 'descending';
}

/** Everything that shapes the Activation history view: what a shared link carries. */
export interface HistoryView {
  filters: HistoryFilters;
  refinement: Refinement;
  sort: HistorySort;
}

export const DEFAULT_SORT: HistorySort = { column: 'created', direction: 'descending' };

const SORT_COLUMNS: readonly SortColumn[] = [
  'requester',
  'target',
  'action',
  'status',
  'created',
  'start',
  'end',
];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Short, readable names in the address bar; unknown or malformed values are dropped. */
const NAMES = {
  requester: 'requester',
  role: 'role',
  status: 'status',
  from: 'from',
  to: 'to',
  action: 'action',
  text: 'q',
  sort: 'sort',
  direction: 'dir',
} as const;

function read(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name)?.trim();
  return value ? value : undefined;
}

export function parseHistoryView(params: URLSearchParams): HistoryView {
  const from = read(params, NAMES.from);
  const to = read(params, NAMES.to);
  const column = read(params, NAMES.sort) as SortColumn | undefined;
  const direction = read(params, NAMES.direction);
  return {
    filters: {
      requester: read(params, NAMES.requester),
      roleDefinitionId: read(params, NAMES.role),
      status: read(params, NAMES.status),
    },
    refinement: {
      from: from && DAY.test(from) ? from : undefined,
      to: to && DAY.test(to) ? to : undefined,
      action: read(params, NAMES.action)?.toLowerCase(),
      // Search text keeps its spaces: it is what the user typed.
      text: params.get(NAMES.text) ?? undefined,
    },
    sort:
      column && SORT_COLUMNS.includes(column)
        ? { column, direction: direction === 'asc' ? 'ascending' : 'descending' }
        : DEFAULT_SORT,
  };
}

/** The view as search params, other params (such as the tab) kept; defaults left out. */
export function writeHistoryView(view: HistoryView, base = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  const set = (name: string, value: string | undefined) => {
    if (value) params.set(name, value);
    else params.delete(name);
  };
  set(NAMES.requester, view.filters.requester);
  set(NAMES.role, view.filters.roleDefinitionId);
  set(NAMES.status, view.filters.status);
  set(NAMES.from, view.refinement.from);
  set(NAMES.to, view.refinement.to);
  set(NAMES.action, view.refinement.action);
  set(NAMES.text, view.refinement.text);
  const isDefault =
    view.sort.column === DEFAULT_SORT.column && view.sort.direction === DEFAULT_SORT.direction;
  set(NAMES.sort, isDefault ? undefined : view.sort.column);
  set(
    NAMES.direction,
    isDefault ? undefined : view.sort.direction === 'ascending' ? 'asc' : 'desc',
  );
  return params;
}

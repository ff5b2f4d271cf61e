import { TableHeaderCell, type TableHeaderCellProps } from '@fluentui/react-components';

export type SortDirection = 'ascending' | 'descending';

export interface SortHeaderCellProps extends Omit<
  TableHeaderCellProps,
  'sortable' | 'sortDirection' | 'onClick'
> {
  /** The column's direction when the grid is sorted by it. */
  direction: SortDirection | undefined;
  /** Sorts by this column; absent when the column cannot be sorted. */
  onSort?: (direction: SortDirection) => void;
}

/**
 * A grid's header cell that sorts its column (Fluent's sortable `TableHeaderCell`): a click
 * sorts ascending, or turns the current direction around.
 */
export function SortHeaderCell({ direction, onSort, ...rest }: SortHeaderCellProps) {
  return (
    <TableHeaderCell
      {...rest}
      sortable={onSort !== undefined}
      sortDirection={direction}
      onClick={
        onSort
          ? () => {
              onSort(direction === 'ascending' ? 'descending' : 'ascending');
            }
          : undefined
      }
    />
  );
}

// @vitest-environment jsdom
import {
  FluentProvider,
  Table,
  TableHeader,
  TableRow,
  webLightTheme,
} from '@fluentui/react-components';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SortHeaderCell, type SortDirection } from './sort-header-cell.tsx';

afterEach(cleanup);

function header(direction: SortDirection | undefined, onSort?: (d: SortDirection) => void) {
  render(
    <FluentProvider theme={webLightTheme}>
      <Table>
        <TableHeader>
          <TableRow>
            <SortHeaderCell direction={direction} onSort={onSort}>
              Requested
            </SortHeaderCell>
          </TableRow>
        </TableHeader>
      </Table>
    </FluentProvider>,
  );
  return screen.getByRole('columnheader', { name: 'Requested' });
}

describe('SortHeaderCell', () => {
  it('sorts an unsorted column ascending, and turns a sorted one around', () => {
    const onSort = vi.fn();
    fireEvent.click(within(header(undefined, onSort)).getByRole('button'));
    expect(onSort).toHaveBeenLastCalledWith('ascending');
    cleanup();
    const sorted = header('ascending', onSort);
    expect(sorted.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(within(sorted).getByRole('button'));
    expect(onSort).toHaveBeenLastCalledWith('descending');
    cleanup();
    fireEvent.click(within(header('descending', onSort)).getByRole('button'));
    expect(onSort).toHaveBeenLastCalledWith('ascending');
  });

  it('is plain text, with no button to press, when the column cannot be sorted', () => {
    const cell = header(undefined);
    expect(within(cell).queryByRole('button')).toBeNull();
    expect(cell.getAttribute('aria-sort')).toBeNull();
    expect(cell.textContent).toBe('Requested');
  });
});

// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { MyRole } from '../../../domain/my-role.ts';
import type { RoleRow } from './role-columns.tsx';
import { RolesGrid } from './roles-grid.tsx';

afterEach(cleanup);

const NOW = new Date('2026-11-02T09:00:00Z');
const context = { now: NOW, activating: new Set<string>() };

const role = (i: number, name = `Role ${String(i).padStart(3, '0')}`): MyRole => ({
  key: `r${String(i)}`,
  target: { plane: 'role', roleDefinitionId: `def-${String(i)}`, directoryScopeId: '/' },
  displayName: name,
  description: undefined,
  scope: { kind: 'tenant', displayName: 'Tenant-wide' },
  eligibility: { instanceId: `e${String(i)}`, startDateTime: undefined, endDateTime: undefined },
  active: undefined,
  pending: undefined,
  policy: undefined,
});

function Harness({ rows, busy }: { rows: RoleRow[]; busy?: boolean }) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  return (
    <>
      <output>{[...selected].sort().join(',') || 'none'}</output>
      <RolesGrid rows={rows} selected={selected} onSelectionChange={setSelected} busy={busy} />
    </>
  );
}

function renderGrid(roles: MyRole[], busy = false) {
  const rows = roles.map((r) => ({ role: r, context }));
  render(
    <FluentProvider theme={webLightTheme}>
      <Harness rows={rows} busy={busy} />
    </FluentProvider>,
  );
  const grid = screen.getByRole('grid', { name: 'Eligible roles' });
  const selection = () => screen.getByRole('status').textContent;
  const names = () =>
    within(grid)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row).getAllByRole('gridcell')[1]?.textContent.replace('Tenant-wide', ''),
      );
  return { grid, selection, names };
}

describe('RolesGrid', () => {
  it('is a labelled, busy-aware grid whose rows each have a labelled checkbox', () => {
    const { grid } = renderGrid([role(1, 'Global Reader'), role(2, 'Teams Administrator')], true);
    expect(grid.getAttribute('aria-busy')).toBe('true');
    expect(grid.getAttribute('aria-rowcount')).toBe('3');
    expect(
      within(grid).getByRole('checkbox', { name: 'Select Global Reader (Tenant-wide)' }),
    ).toBeTruthy();
    expect(within(grid).getByRole('checkbox', { name: 'Select all roles shown' })).toBeTruthy();
    const row = within(grid).getByRole('row', { name: /Teams Administrator/ });
    expect(row.getAttribute('aria-rowindex')).toBe('3');
  });

  it('selects a role from its checkbox, a click on its row or Space on a cell', () => {
    const { grid, selection } = renderGrid([role(1), role(2), role(3)]);
    fireEvent.click(within(grid).getByRole('checkbox', { name: 'Select Role 001 (Tenant-wide)' }));
    expect(selection()).toBe('r1');
    fireEvent.click(within(grid).getByText('Role 002'));
    expect(selection()).toBe('r1,r2');
    const row3 = within(grid).getByRole('row', { name: /Role 003/ });
    const cell = within(row3).getAllByRole('gridcell')[2];
    fireEvent.keyDown(cell ?? row3, { key: ' ' });
    expect(selection()).toBe('r1,r2,r3');
    expect(row3.getAttribute('aria-selected')).toBe('true');
    fireEvent.click(within(grid).getByRole('checkbox', { name: 'Select Role 001 (Tenant-wide)' }));
    expect(selection()).toBe('r2,r3');
  });

  it('selects every role shown, drawn or not, and clears them again', () => {
    const { grid, selection } = renderGrid(Array.from({ length: 100 }, (_, i) => role(i)));
    const all = within(grid).getByRole('checkbox', { name: 'Select all roles shown' });
    fireEvent.click(all);
    expect(selection().split(',')).toHaveLength(100);
    expect(all).toHaveProperty('checked', true);
    fireEvent.click(all);
    expect(selection()).toBe('none');
  });

  it('sorts on a header click, the other way on the next, and leaves the rest alone', () => {
    const { grid, names } = renderGrid([role(2, 'Bravo'), role(1, 'Alpha'), role(3, 'Charlie')]);
    expect(names()).toEqual(['Bravo', 'Alpha', 'Charlie']);
    const header = within(grid).getByRole('columnheader', { name: 'Role' });
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(names()).toEqual(['Alpha', 'Bravo', 'Charlie']);
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(names()).toEqual(['Charlie', 'Bravo', 'Alpha']);
    const needs = within(grid).getByRole('columnheader', { name: 'Activation needs' });
    expect(within(needs).queryByRole('button')).toBeNull();
  });

  it('draws a long list in a window, each row placed among all of them', () => {
    const { grid } = renderGrid(Array.from({ length: 300 }, (_, i) => role(i)));
    expect(grid.getAttribute('aria-rowcount')).toBe('301');
    const rows = within(grid).getAllByRole('row');
    expect(rows.length).toBeLessThan(60);
    expect(rows[1]?.getAttribute('aria-rowindex')).toBe('2');
  });
});

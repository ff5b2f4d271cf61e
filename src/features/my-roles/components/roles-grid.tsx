import {
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  makeStyles,
  type TableRowId,
} from '@fluentui/react-components';
import { roleColumns, type RoleRow } from './role-columns.tsx';

const useStyles = makeStyles({
  grid: { minWidth: '720px' },
  scroller: { overflowX: 'auto' },
});

const columnSizing = {
  role: { idealWidth: 320, minWidth: 200 },
  plane: { idealWidth: 120, minWidth: 100 },
  status: { idealWidth: 220, minWidth: 160 },
  maximum: { idealWidth: 110, minWidth: 90 },
  requirements: { idealWidth: 240, minWidth: 140 },
};

export interface RolesGridProps {
  rows: RoleRow[];
  selected: ReadonlySet<string>;
  onSelectionChange: (selected: Set<string>) => void;
}

const getRowId = (row: RoleRow): string => row.role.key;

/** The one list of My roles: directory roles and groups, eligible and active side by side. */
export function RolesGrid({ rows, selected, onSelectionChange }: RolesGridProps) {
  const styles = useStyles();
  return (
    <div className={styles.scroller}>
      <DataGrid
        className={styles.grid}
        aria-label="Eligible roles"
        items={rows}
        columns={roleColumns}
        getRowId={getRowId}
        sortable
        resizableColumns
        columnSizingOptions={columnSizing}
        selectionMode="multiselect"
        selectedItems={selected as Set<TableRowId>}
        onSelectionChange={(_, data) => {
          onSelectionChange(new Set([...data.selectedItems].map(String)));
        }}
      >
        <DataGridHeader>
          <DataGridRow selectionCell={{ checkboxIndicator: { 'aria-label': 'Select all roles' } }}>
            {({ renderHeaderCell }) => (
              <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>
            )}
          </DataGridRow>
        </DataGridHeader>
        <DataGridBody<RoleRow>>
          {({ item, rowId }) => (
            <DataGridRow<RoleRow>
              key={rowId}
              selectionCell={{
                checkboxIndicator: {
                  'aria-label': `Select ${item.role.displayName} (${item.role.scope.displayName})`,
                },
              }}
            >
              {({ renderCell }) => <DataGridCell>{renderCell(item)}</DataGridCell>}
            </DataGridRow>
          )}
        </DataGridBody>
      </DataGrid>
    </div>
  );
}

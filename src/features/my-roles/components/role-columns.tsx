import {
  Badge,
  createTableColumn,
  makeStyles,
  mergeClasses,
  Text,
  tokens,
  type TableColumnDefinition,
} from '@fluentui/react-components';
import { memo } from 'react';
import { formatDuration } from '../../../domain/duration.ts';
import { eligibilityEndsSoon, roleState, type MyRole } from '../../../domain/my-role.ts';
import { policyRequirements } from '../../../domain/policy.ts';
import { StatusCell } from './status-cell.tsx';

/** Per-render facts the cells need that are not part of a role (the clock, local progress). */
export interface RowContext {
  now: Date;
  activating: ReadonlySet<string>;
}

export interface RoleRow {
  role: MyRole;
  context: RowContext;
}

const useStyles = makeStyles({
  // Two lines at most: every row of the windowed grid has the same height.
  name: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  line: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
    whiteSpace: 'nowrap',
  },
  ellipsis: { overflow: 'hidden', textOverflow: 'ellipsis' },
  scope: { color: tokens.colorNeutralForeground2 },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/*
 * Cells are memoised on the role object and the clock: a refetch keeps unchanged roles' objects,
 * so a poll or a policy arriving re-renders only the rows it changed.
 */
const NameCell = memo(function NameCell({ role, now }: { role: MyRole; now: Date }) {
  const styles = useStyles();
  const end = role.eligibility?.endDateTime;
  return (
    <span className={styles.name}>
      <Text weight="semibold" className={styles.ellipsis}>
        {role.displayName}
      </Text>
      <span className={styles.line}>
        <Text size={200} className={mergeClasses(styles.scope, styles.ellipsis)}>
          {role.scope.displayName}
        </Text>
        {end && eligibilityEndsSoon(role, now) ? (
          <Badge appearance="tint" color="danger" size="small">
            Eligibility ends {date.format(end)}
          </Badge>
        ) : null}
      </span>
    </span>
  );
});

const RequirementsCell = memo(function RequirementsCell({ role }: { role: MyRole }) {
  const styles = useStyles();
  if (!role.policy) return <Text size={200}>Loading policy…</Text>;
  const needs = policyRequirements(role.policy);
  if (needs.length === 0) return <Text size={200}>None</Text>;
  return (
    <span className={styles.badges}>
      {needs.map((need) => (
        <Badge
          key={need}
          appearance="outline"
          size="small"
          color={need === 'Approval' ? 'warning' : 'informative'}
        >
          {need}
        </Badge>
      ))}
    </span>
  );
});

const MemoStatusCell = memo(StatusCell);

/** Columns at module scope, as in Fluent's DataGrid stories: stable across renders. */
export const roleColumns: TableColumnDefinition<RoleRow>[] = [
  createTableColumn<RoleRow>({
    columnId: 'role',
    compare: (a, b) => a.role.displayName.localeCompare(b.role.displayName),
    renderHeaderCell: () => 'Role',
    renderCell: ({ role, context }) => <NameCell role={role} now={context.now} />,
  }),
  createTableColumn<RoleRow>({
    columnId: 'plane',
    compare: (a, b) => a.role.target.plane.localeCompare(b.role.target.plane),
    renderHeaderCell: () => 'Type',
    renderCell: ({ role }) => (role.target.plane === 'group' ? 'Group' : 'Directory role'),
  }),
  createTableColumn<RoleRow>({
    columnId: 'status',
    compare: (a, b) => roleState(a.role).localeCompare(roleState(b.role)),
    renderHeaderCell: () => 'Status',
    renderCell: ({ role, context }) => (
      <MemoStatusCell role={role} activating={context.activating.has(role.key)} now={context.now} />
    ),
  }),
  createTableColumn<RoleRow>({
    columnId: 'maximum',
    compare: (a, b) => (a.role.policy?.maximumMinutes ?? 0) - (b.role.policy?.maximumMinutes ?? 0),
    renderHeaderCell: () => 'Max duration',
    renderCell: ({ role }) => (role.policy ? formatDuration(role.policy.maximumMinutes) : '…'),
  }),
  createTableColumn<RoleRow>({
    columnId: 'requirements',
    renderHeaderCell: () => 'Activation needs',
    renderCell: ({ role }) => <RequirementsCell role={role} />,
  }),
];

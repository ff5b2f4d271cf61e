import { Badge, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { memo, type ReactNode } from 'react';
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

/** What a row knows besides its role: the page's clock and whether its activation is on its way. */
export interface CellFacts {
  now: Date;
  activating: boolean;
}

export type RoleColumnId = 'role' | 'plane' | 'status' | 'maximum' | 'requirements';

export interface RoleColumn {
  id: RoleColumnId;
  header: string;
  /** Sortable columns say how two roles compare (ascending). */
  compare?: (a: MyRole, b: MyRole) => number;
  render: (role: MyRole, facts: CellFacts) => ReactNode;
}

/** Columns at module scope: stable across renders, drawn by each memoised row. */
export const roleColumns: readonly RoleColumn[] = [
  {
    id: 'role',
    header: 'Role',
    compare: (a, b) => a.displayName.localeCompare(b.displayName),
    render: (role, { now }) => <NameCell role={role} now={now} />,
  },
  {
    id: 'plane',
    header: 'Type',
    compare: (a, b) => a.target.plane.localeCompare(b.target.plane),
    render: (role) => (role.target.plane === 'group' ? 'Group' : 'Directory role'),
  },
  {
    id: 'status',
    header: 'Status',
    compare: (a, b) => roleState(a).localeCompare(roleState(b)),
    render: (role, { now, activating }) => (
      <MemoStatusCell role={role} activating={activating} now={now} />
    ),
  },
  {
    id: 'maximum',
    header: 'Max duration',
    compare: (a, b) => (a.policy?.maximumMinutes ?? 0) - (b.policy?.maximumMinutes ?? 0),
    render: (role) => (role.policy ? formatDuration(role.policy.maximumMinutes) : '…'),
  },
  {
    id: 'requirements',
    header: 'Activation needs',
    render: (role) => <RequirementsCell role={role} />,
  },
];

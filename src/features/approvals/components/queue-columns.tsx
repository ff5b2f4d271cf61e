import {
  Badge,
  Caption1,
  createTableColumn,
  makeStyles,
  Text,
  tokens,
  type TableColumnDefinition,
} from '@fluentui/react-components';
import {
  approvalDeadline,
  urgencyOf,
  type PendingApproval,
  type StageRules,
} from '../domain/queue.ts';
import {
  formatAge,
  formatDateTime,
  formatLeft,
  formatRequestedLength,
  formatRequestedStart,
  formatTicket,
  planeLabel,
} from './format.ts';
import { WarningFilled } from '@fluentui/react-icons';

export interface QueueRow {
  item: PendingApproval;
  rules: StageRules;
  now: Date;
}

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', minWidth: 0, overflow: 'hidden' },
  line: { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
  muted: { color: tokens.colorNeutralForeground3 },
  urgent: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  deadline: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

function Stack({ main, sub }: { main: string; sub: string }) {
  const styles = useStyles();
  return (
    <div className={styles.stack}>
      <Text className={styles.line} title={main}>
        {main}
      </Text>
      <Caption1 className={`${styles.line} ${styles.muted}`} title={sub}>
        {sub}
      </Caption1>
    </div>
  );
}

function Justification({ text }: { text: string }) {
  const styles = useStyles();
  // Requester text is rendered as a text node (never HTML); long reasons are in the panel.
  return (
    <Text className={styles.line} title={text}>
      {text || '—'}
    </Text>
  );
}

function Deadline({ row }: { row: QueueRow }) {
  const styles = useStyles();
  const deadline = approvalDeadline(row.item, row.rules);
  const urgent = urgencyOf(deadline, row.now) !== 'normal';
  return (
    <div className={styles.stack}>
      <span className={styles.deadline}>
        <Text className={urgent ? styles.urgent : undefined}>{formatLeft(deadline, row.now)}</Text>
        {/* Colour alone does not tell everyone: the badge says it in words too. */}
        {urgent && (
          <Badge size="small" appearance="filled" color="danger" icon={<WarningFilled />}>
            Soon
          </Badge>
        )}
      </span>
      <Caption1 className={`${styles.line} ${styles.muted}`} title={formatDateTime(deadline)}>
        {formatDateTime(deadline)}
      </Caption1>
    </div>
  );
}

// The queue is sorted by the domain rules; the grid only shows the sort state.
const keepOrder = () => 0;

export const queueColumns: TableColumnDefinition<QueueRow>[] = [
  createTableColumn<QueueRow>({
    columnId: 'requester',
    compare: keepOrder,
    renderHeaderCell: () => 'Requester',
    renderCell: ({ item }) => (
      <Stack main={item.requester.displayName} sub={item.requester.userPrincipalName} />
    ),
  }),
  createTableColumn<QueueRow>({
    columnId: 'target',
    compare: keepOrder,
    renderHeaderCell: () => 'Role or group',
    renderCell: ({ item }) => (
      <Stack main={item.target.displayName} sub={`${planeLabel(item)} · ${item.scope}`} />
    ),
  }),
  createTableColumn<QueueRow>({
    columnId: 'justification',
    renderHeaderCell: () => 'Justification',
    renderCell: ({ item }) => <Justification text={item.justification} />,
  }),
  createTableColumn<QueueRow>({
    columnId: 'ticket',
    renderHeaderCell: () => 'Ticket',
    renderCell: ({ item }) => <Justification text={formatTicket(item)} />,
  }),
  createTableColumn<QueueRow>({
    columnId: 'requested',
    renderHeaderCell: () => 'Requested',
    renderCell: ({ item }) => (
      <Stack main={formatRequestedLength(item)} sub={formatRequestedStart(item)} />
    ),
  }),
  createTableColumn<QueueRow>({
    columnId: 'createdAt',
    compare: keepOrder,
    renderHeaderCell: () => 'Asked',
    renderCell: ({ item, now }) => (
      <Stack main={formatAge(item.createdAt, now)} sub={formatDateTime(item.createdAt)} />
    ),
  }),
  createTableColumn<QueueRow>({
    columnId: 'deadline',
    compare: keepOrder,
    renderHeaderCell: () => 'Auto-deny in',
    renderCell: (row) => <Deadline row={row} />,
  }),
  createTableColumn<QueueRow>({
    columnId: 'plane',
    renderHeaderCell: () => 'Type',
    renderCell: ({ item }) => (
      <Badge appearance="tint" color={item.plane === 'role' ? 'brand' : 'informative'}>
        {item.plane === 'role' ? 'Role' : 'Group'}
      </Badge>
    ),
  }),
];

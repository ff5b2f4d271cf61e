import { makeStyles, Text, tokens } from '@fluentui/react-components';
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

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  // The requester's own words, line breaks kept, never interpreted as markup.
  justification: { whiteSpace: 'pre-wrap' },
});

/** Everything the approver needs to judge one request. */
export function RequestDetails(props: { item: PendingApproval; rules: StageRules; now: Date }) {
  const { item, rules, now } = props;
  const styles = useStyles();
  const deadline = approvalDeadline(item, rules);
  const rows: [string, string, string?][] = [
    [
      'Requester',
      `${item.requester.displayName} (${item.requester.userPrincipalName || item.requester.id})`,
    ],
    [planeLabel(item), item.target.displayName],
    [item.plane === 'role' ? 'Scope' : 'Access', item.scope],
    ['Justification', item.justification || 'None given', styles.justification],
    ['Ticket', formatTicket(item) || 'None'],
    ['Starts', formatRequestedStart(item)],
    ['Duration', formatRequestedLength(item)],
    ['Asked', `${formatDateTime(item.createdAt)} (${formatAge(item.createdAt, now)})`],
    [
      'Denied automatically',
      `${formatDateTime(deadline)} (in ${formatLeft(deadline, now)}${urgencyOf(deadline, now) === 'urgent' ? ': decide soon' : ''})`,
    ],
  ];
  return (
    <dl className={styles.list}>
      {rows.map(([term, value, extra]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt className={styles.term}>
            <Text>{term}</Text>
          </dt>
          <dd className={styles.value}>
            <Text className={extra}>{value}</Text>
          </dd>
        </div>
      ))}
    </dl>
  );
}

import type { ReactNode } from 'react';
import { makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { formatDuration } from '../../../domain/duration.ts';
import { useAppliedPolicy } from '../api/get-applied-policy.ts';
import type { HistoryRequest } from '../model/history-request.ts';
import { DateText } from './date-text.tsx';
import { HistoryErrorBar } from './permission-explanation.tsx';

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  note: { color: tokens.colorNeutralForeground2, marginBlockStart: tokens.spacingVerticalS },
});

const yesNo = (value: boolean) => (value ? 'Required' : 'Not required');

/**
 * The PIM policy of the request's role (or group membership): its activation rules. Graph keeps
 * only the current policy, so a change after the request is pointed out rather than hidden.
 */
export function AppliedPolicy({ request }: { request: HistoryRequest }) {
  const styles = useStyles();
  const policy = useAppliedPolicy(request);
  if (policy.isPending) return <Spinner size="tiny" label="Reading the policy…" />;
  if (policy.isError) return <HistoryErrorBar error={policy.error} what="the policy" />;
  const applied = policy.data;
  if (!applied) return <Text as="p">No PIM policy is assigned to this role or group.</Text>;
  const { rules } = applied;
  const changedAfter =
    applied.lastModified !== null &&
    Date.parse(applied.lastModified) > Date.parse(request.createdAt);
  const facts: [string, ReactNode][] = [
    ['Maximum duration', formatDuration(rules.maximumMinutes)],
    [
      'Approval',
      rules.requiresApproval
        ? `Required${applied.approvers.length > 0 ? ` — by ${applied.approvers.join(', ')}` : ''}`
        : 'Not required',
    ],
    ['Justification', yesNo(rules.requiresJustification)],
    ['Ticket', yesNo(rules.requiresTicket)],
    ['Multifactor authentication', yesNo(rules.requiresMfa)],
    [
      'Authentication context',
      rules.authContext ? `Required (${rules.authContext})` : 'Not required',
    ],
  ];
  return (
    <>
      <dl className={styles.facts} aria-label="Policy rules">
        {facts.map(([term, value]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
      <Text as="p" size={200} className={styles.note}>
        {changedAfter ? (
          <>
            The policy was changed on <DateText value={applied.lastModified} />, after this request:
            it may have applied different rules then. Graph keeps only the current policy.
          </>
        ) : (
          'The current policy; Graph keeps no earlier versions.'
        )}
      </Text>
    </>
  );
}

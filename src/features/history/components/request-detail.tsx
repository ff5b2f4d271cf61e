import type { ReactNode } from 'react';
import { makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { SidePanel } from '../../../components/side-panel.tsx';
import { useApprovalDecisions } from '../api/get-approval-decisions.ts';
import { useRequestActivity } from '../api/get-request-activity.ts';
import { actionLabel, statusLabel, type HistoryRequest } from '../model/history-request.ts';
import { actualTimesOf, type ActualTime } from '../model/actual-times.ts';
import { buildTimeline } from '../model/timeline.ts';
import { AppliedPolicy } from './applied-policy.tsx';
import { HistoryErrorBar } from './permission-explanation.tsx';
import { DateText } from './date-text.tsx';
import { ElevatedActivity } from './elevated-activity.tsx';

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
  section: { marginBlockStart: tokens.spacingVerticalXL },
  timeline: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  event: { marginBlockEnd: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground2 },
});

function actualText(time: ActualTime | undefined, pending: boolean): ReactNode {
  if (pending) return 'Loading…';
  if (!time) return '—';
  if (!time.known) return `Not known: ${time.why}`;
  return (
    <>
      <DateText value={time.at} /> · {time.how}
    </>
  );
}

export interface RequestDetailProps {
  request: HistoryRequest;
  /** The loaded requests: a deactivation among them ends an activation. */
  loaded: readonly HistoryRequest[];
  now: number;
  onClose: () => void;
}

export function RequestDetail({ request, loaded, now, onClose }: RequestDetailProps) {
  const styles = useStyles();
  const decisions = useApprovalDecisions(request);
  const activity = useRequestActivity(request, now);
  const reviewed = decisions.data?.filter((d) => d.reviewedAt) ?? [];
  const actual = activity.data
    ? actualTimesOf(request, activity.data.requestAudit, loaded, now)
    : undefined;

  const facts: [string, ReactNode][] = [
    [
      'Requester',
      request.requesterName
        ? `${request.requesterName}${request.requesterUpn ? ` (${request.requesterUpn})` : ''}`
        : `${request.requesterId} (no user object in the directory: deleted, or an application)`,
    ],
    [request.plane === 'role' ? 'Role' : 'Group', `${request.targetName} · ${request.scope}`],
    ['Action', actionLabel(request.action)],
    ['Status', statusLabel(request.status)],
    ['Requested on', <DateText key="c" value={request.createdAt} />],
    ['Requested start', <DateText key="s" value={request.requestedStart} />],
    ['Requested end', <DateText key="e" value={request.requestedEnd} empty="No end" />],
    ['Actual start', actualText(actual?.start, activity.isPending)],
    ['Actual end', actualText(actual?.end, activity.isPending)],
    ['Justification', request.justification || '—'],
    [
      'Ticket',
      request.ticketNumber
        ? `${request.ticketNumber}${request.ticketSystem ? ` (${request.ticketSystem})` : ''}`
        : '—',
    ],
    [
      'Approver',
      decisions.isPending
        ? 'Loading…'
        : reviewed.length > 0
          ? reviewed
              .map(
                (d) =>
                  `${d.reviewerName || 'Unknown'}: ${d.reviewResult}${d.justification ? ` — “${d.justification}”` : ''}`,
              )
              .join('; ')
          : request.status.toLowerCase() === 'pendingapproval'
            ? 'Awaiting a decision'
            : request.approvalId
              ? 'No decision recorded'
              : 'No approval required',
    ],
    ['Request ID', request.id],
  ];

  return (
    <SidePanel title={`${actionLabel(request.action)}: ${request.targetName}`} onClose={onClose}>
      <dl className={styles.facts} aria-label="Request details">
        {facts.map(([term, value]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
      <section className={styles.section} aria-labelledby="policy-title">
        <Text as="h3" block weight="semibold" size={400} id="policy-title">
          Policy that applied
        </Text>
        <AppliedPolicy request={request} />
      </section>
      <section className={styles.section} aria-labelledby="timeline-title">
        <Text as="h3" block weight="semibold" size={400} id="timeline-title">
          Timeline
        </Text>
        {decisions.isPending || activity.isPending ? (
          <Spinner size="tiny" label="Loading the timeline…" />
        ) : decisions.isError || activity.isError ? (
          <HistoryErrorBar error={decisions.error ?? activity.error} what="the timeline" />
        ) : (
          <ol className={styles.timeline} aria-label="Timeline">
            {buildTimeline({
              request,
              decisions: decisions.data,
              requestAudit: activity.data.requestAudit,
              windowAudit: activity.data.windowAudit,
              now,
            }).map((event) => (
              <li key={`${event.kind}-${event.at}`} className={styles.event}>
                <Text weight="semibold">{event.title}</Text>{' '}
                <Text className={styles.muted}>
                  <DateText value={event.at} />
                  {event.actor ? ` · ${event.actor}` : ''}
                </Text>
                {event.detail ? <Text block>{event.detail}</Text> : null}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className={styles.section} aria-labelledby="elevated-title">
        <Text as="h3" block weight="semibold" size={400} id="elevated-title">
          What was done while elevated
        </Text>
        {activity.isPending ? (
          <Spinner size="tiny" label="Reading the audit log…" />
        ) : activity.isError ? (
          <HistoryErrorBar error={activity.error} what="the audit entries" />
        ) : (
          <ElevatedActivity activity={activity.data} />
        )}
      </section>
    </SidePanel>
  );
}

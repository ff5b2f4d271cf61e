import {
  Badge,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
  type BadgeProps,
} from '@fluentui/react-components';
import { formatDuration } from '../../../domain/duration.ts';
import type { ApproverDecision } from './get-my-history.ts';
import type { MyRequest, Outcome, RequestKind } from './my-request.ts';

const useStyles = makeStyles({
  scroller: { overflowX: 'auto' },
  table: { minWidth: '900px' },
  muted: { color: tokens.colorNeutralForeground2 },
  justification: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const KIND: Record<RequestKind, string> = {
  activation: 'Activation',
  deactivation: 'Deactivation',
  extension: 'Extension',
  renewal: 'Renewal',
  admin: 'By an administrator',
};

const OUTCOME: Record<Outcome, { label: string; color: BadgeProps['color'] }> = {
  done: { label: 'Done', color: 'success' },
  pending: { label: 'Waiting for approval', color: 'warning' },
  scheduled: { label: 'Scheduled', color: 'informative' },
  denied: { label: 'Denied', color: 'danger' },
  cancelled: { label: 'Cancelled', color: 'subtle' },
  ended: { label: 'Ended', color: 'subtle' },
  failed: { label: 'Failed', color: 'danger' },
  'in progress': { label: 'In progress', color: 'informative' },
};

/** Activations that went through read "Activated"; other kinds keep the generic word. */
function outcomeLabel(request: MyRequest): string {
  if (request.outcome === 'done' && request.kind === 'activation') return 'Activated';
  if (request.outcome === 'done' && request.kind === 'deactivation') return 'Deactivated';
  if (request.outcome === 'ended' && request.kind === 'deactivation') return 'Deactivated';
  return OUTCOME[request.outcome].label;
}

function approverText(
  request: MyRequest,
  approvers: Readonly<Record<string, ApproverDecision[]>> | undefined,
): string {
  if (!request.approvalId) return '';
  if (request.outcome === 'pending') return 'Not decided yet';
  const decisions = approvers?.[request.id];
  if (!decisions) return approvers ? 'Not known' : '…';
  if (decisions.length === 0) return 'Not known';
  return decisions.map((d) => `${d.reviewer} (${d.result})`).join(', ');
}

/** My recent requests, newest first. Text from Graph is rendered as text. */
export function MyHistoryTable({
  rows,
  approvers,
}: {
  rows: readonly MyRequest[];
  approvers: Readonly<Record<string, ApproverDecision[]>> | undefined;
}) {
  const styles = useStyles();
  return (
    <div className={styles.scroller}>
      <Table className={styles.table} aria-label="My recent requests" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Requested</TableHeaderCell>
            <TableHeaderCell>Role or group</TableHeaderCell>
            <TableHeaderCell>Request</TableHeaderCell>
            <TableHeaderCell>Outcome</TableHeaderCell>
            <TableHeaderCell>Duration</TableHeaderCell>
            <TableHeaderCell>Justification</TableHeaderCell>
            <TableHeaderCell>Ticket</TableHeaderCell>
            <TableHeaderCell>Approver</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((request) => (
            <TableRow key={`${request.plane}-${request.id}`}>
              <TableCell>
                {request.createdDateTime ? dateTime.format(request.createdDateTime) : ''}
              </TableCell>
              <TableCell>
                <Text weight="semibold">{request.targetName}</Text>{' '}
                <Text size={200} className={styles.muted}>
                  ({request.scopeName})
                </Text>
              </TableCell>
              <TableCell>{KIND[request.kind]}</TableCell>
              <TableCell>
                <Badge appearance="tint" color={OUTCOME[request.outcome].color}>
                  {outcomeLabel(request)}
                </Badge>
              </TableCell>
              <TableCell>
                {request.durationMinutes ? formatDuration(request.durationMinutes) : ''}
              </TableCell>
              <TableCell className={styles.justification}>{request.justification}</TableCell>
              <TableCell>{request.ticket}</TableCell>
              <TableCell>{approverText(request, approvers)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

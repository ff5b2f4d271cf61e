import {
  Button,
  Field,
  Input,
  makeStyles,
  Select,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { DirectoryAudit } from '@microsoft/microsoft-graph-types';
import { useState, type SyntheticEvent } from 'react';
import { usePimAudit, type AuditFilters } from '../api/get-pim-audit.ts';
import { auditDetail, initiatorName } from '../model/audit-activity.ts';
import { dayToIso, isoDay, PIM_ACTIVITIES } from '../model/pim-activities.ts';
import { DateText } from './date-text.tsx';
import {
  accessProblemOf,
  HistoryErrorBar,
  PermissionExplanation,
} from './permission-explanation.tsx';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
    marginBlockEnd: tokens.spacingVerticalM,
  },
  activity: { minWidth: '22rem' },
  footer: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    marginBlockStart: tokens.spacingVerticalM,
  },
});

function targetsText(entry: DirectoryAudit): string {
  return (entry.targetResources ?? [])
    .filter((t) => t.type !== 'Request')
    .map((t) => t.displayName ?? t.userPrincipalName ?? t.id)
    .filter(Boolean)
    .join(', ');
}

function CopyRawButton({ entry }: { entry: DirectoryAudit }) {
  const [copied, setCopied] = useState(false);
  return (
    <Button
      size="small"
      aria-label={copied ? 'Raw event copied' : `Copy raw event ${entry.id ?? ''}`}
      onClick={() => {
        void navigator.clipboard.writeText(JSON.stringify(entry, null, 2)).then(() => {
          setCopied(true);
        });
      }}
    >
      {copied ? 'Copied' : 'Copy raw'}
    </Button>
  );
}

export function AuditTab({ now }: { now: number }) {
  const styles = useStyles();
  const [from, setFrom] = useState(isoDay(now - 30 * 86_400_000));
  const [to, setTo] = useState(isoDay(now));
  const [activity, setActivity] = useState('');
  const [filters, setFilters] = useState<AuditFilters>({
    from: dayToIso(from, 'start'),
    to: dayToIso(to, 'end'),
  });
  const audit = usePimAudit(filters);
  const entries = audit.data?.pages.flatMap((p) => p.items) ?? [];

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setFilters({
      from: dayToIso(from, 'start'),
      to: dayToIso(to, 'end'),
      activity: activity || undefined,
    });
  };
  const problem = audit.isError ? accessProblemOf(audit.error) : undefined;

  return (
    <>
      <form className={styles.form} onSubmit={submit} aria-label="Audit filters">
        <Field label="From">
          <Input
            type="date"
            value={from}
            onChange={(_, d) => {
              setFrom(d.value);
            }}
            required
          />
        </Field>
        <Field label="To">
          <Input
            type="date"
            value={to}
            onChange={(_, d) => {
              setTo(d.value);
            }}
            required
          />
        </Field>
        <Field label="Activity" className={styles.activity}>
          <Select
            value={activity}
            onChange={(_, d) => {
              setActivity(d.value);
            }}
          >
            <option value="">All PIM activities</option>
            {PIM_ACTIVITIES.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" appearance="primary">
          Show entries
        </Button>
      </form>
      {audit.isPending ? (
        <Spinner label="Reading the PIM audit log…" />
      ) : problem ? (
        <PermissionExplanation problem={problem} />
      ) : audit.isError ? (
        <HistoryErrorBar error={audit.error} what="the PIM audit log" />
      ) : entries.length === 0 ? (
        <Text as="p">No PIM audit entries match these filters.</Text>
      ) : (
        <>
          <Table aria-label="PIM audit log" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>When</TableHeaderCell>
                <TableHeaderCell>Activity</TableHeaderCell>
                <TableHeaderCell>Initiated by</TableHeaderCell>
                <TableHeaderCell>Targets</TableHeaderCell>
                <TableHeaderCell>Ticket</TableHeaderCell>
                <TableHeaderCell>Result</TableHeaderCell>
                <TableHeaderCell>Raw event</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {entries.map((entry, index) => (
                <TableRow key={entry.id ?? index}>
                  <TableCell>
                    <DateText value={entry.activityDateTime} />
                  </TableCell>
                  <TableCell>{entry.activityDisplayName}</TableCell>
                  <TableCell>{initiatorName(entry)}</TableCell>
                  <TableCell>{targetsText(entry)}</TableCell>
                  <TableCell>{auditDetail(entry, 'TicketNumber') ?? ''}</TableCell>
                  <TableCell>{entry.result}</TableCell>
                  <TableCell>
                    <CopyRawButton entry={entry} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <div className={styles.footer}>
            <Text role="status">{`${entries.length.toLocaleString()} entries shown${audit.hasNextPage ? '' : ' (all)'}`}</Text>
            {audit.hasNextPage ? (
              <Button
                disabled={audit.isFetchingNextPage}
                onClick={() => {
                  void audit.fetchNextPage();
                }}
              >
                {audit.isFetchingNextPage ? 'Loading…' : 'Load more entries'}
              </Button>
            ) : null}
          </div>
        </>
      )}
    </>
  );
}

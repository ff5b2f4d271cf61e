import {
  Badge,
  Button,
  Checkbox,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { formatDuration } from '../../../domain/duration.ts';
import type { MyRole } from '../../../domain/my-role.ts';
import { useCancelRequests } from '../api/cancel-requests.ts';
import { roleName } from './expiry-messages.tsx';
import { OutcomeList, type NamedOutcome } from './outcome-list.tsx';
import { age, requestLabel } from './status-cell.tsx';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  // "Extension pending approval" is longer than a badge's one line in a narrow column.
  status: { height: 'auto', minHeight: '20px', whiteSpace: 'normal', textAlign: 'start' },
});

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Requests the user can still withdraw: waiting for an approver, or scheduled for later; an
 * activation, or the extension of a role that is still active.
 */
export function openRequests(roles: readonly MyRole[]): MyRole[] {
  return roles.filter((role) => {
    const status = role.pending?.status.toLowerCase();
    return status === 'pendingapproval' || status === 'granted';
  });
}

function requested(role: MyRole): string {
  const pending = role.pending;
  if (pending?.durationMinutes !== undefined) return formatDuration(pending.durationMinutes);
  if (pending?.endDateTime) return `until ${dateTime.format(pending.endDateTime)}`;
  return '—';
}

/**
 * My pending and scheduled requests, from the first screen's `$batch` (no round trip of its
 * own), with Cancel per request and for several at once. Decisions are noticed by the list's
 * polling and reported by the page.
 */
export function PendingRequests({
  roles,
  now,
  onWithdrawn,
}: {
  roles: readonly MyRole[];
  now: Date;
  onWithdrawn: (keys: string[]) => void;
}) {
  const styles = useStyles();
  const cancel = useCancelRequests();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [result, setResult] = useState<NamedOutcome[]>([]);
  const open = openRequests(roles);
  const selected = open.filter((role) => chosen.has(role.key));

  const withdraw = (targets: MyRole[]): void => {
    onWithdrawn(targets.map((role) => role.key));
    cancel.mutate(targets, {
      onSuccess: (outcomes) => {
        const names = new Map(targets.map((role) => [role.key, roleName(role)]));
        setResult(
          outcomes.map((outcome) => ({ name: names.get(outcome.key) ?? outcome.key, outcome })),
        );
        setChosen(new Set());
      },
    });
  };

  if (open.length === 0 && result.length === 0) return null;
  return (
    <section className={styles.root} aria-labelledby="pending-requests-heading">
      <h2 id="pending-requests-heading" className={styles.heading}>
        Pending and scheduled requests
      </h2>
      {result.length > 0 ? (
        <OutcomeList
          outcomes={result}
          verb="Cancellation"
          onDismiss={() => {
            setResult([]);
          }}
        />
      ) : null}
      {open.length > 0 ? (
        <>
          <div className={styles.bar}>
            <Button
              disabledFocusable={cancel.isPending || selected.length === 0}
              onClick={() => {
                withdraw(selected);
              }}
            >
              Cancel selected requests{selected.length > 0 ? ` (${String(selected.length)})` : ''}
            </Button>
          </div>
          <Table aria-label="Pending and scheduled requests" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>
                  <Checkbox
                    aria-label="Select all requests"
                    checked={
                      selected.length === 0
                        ? false
                        : selected.length === open.length
                          ? true
                          : 'mixed'
                    }
                    onChange={(_, data) => {
                      setChosen(
                        data.checked === true ? new Set(open.map((role) => role.key)) : new Set(),
                      );
                    }}
                  />
                </TableHeaderCell>
                <TableHeaderCell>Role</TableHeaderCell>
                <TableHeaderCell>Status</TableHeaderCell>
                <TableHeaderCell>Asked</TableHeaderCell>
                <TableHeaderCell>Starts</TableHeaderCell>
                <TableHeaderCell>Duration</TableHeaderCell>
                <TableHeaderCell>Action</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {open.map((role) => {
                const pending = role.pending;
                const scheduled = pending?.status.toLowerCase() === 'granted';
                const start = pending?.startDateTime;
                return (
                  <TableRow key={role.key}>
                    <TableCell>
                      <Checkbox
                        aria-label={`Select request for ${roleName(role)}`}
                        checked={chosen.has(role.key)}
                        onChange={(_, data) => {
                          const next = new Set(chosen);
                          if (data.checked === true) next.add(role.key);
                          else next.delete(role.key);
                          setChosen(next);
                        }}
                      />
                    </TableCell>
                    <TableCell>
                      <Text weight="semibold">{role.displayName}</Text>{' '}
                      <Text size={200}>({role.scope.displayName})</Text>
                    </TableCell>
                    <TableCell>
                      <Badge
                        appearance="tint"
                        color={scheduled ? 'informative' : 'warning'}
                        className={styles.status}
                      >
                        {requestLabel(role)}
                      </Badge>
                    </TableCell>
                    <TableCell>
                      {pending?.createdDateTime
                        ? `asked ${age(pending.createdDateTime, now)}`
                        : '—'}
                    </TableCell>
                    <TableCell>
                      {start && start.getTime() > now.getTime()
                        ? dateTime.format(start)
                        : 'When approved'}
                    </TableCell>
                    <TableCell>{requested(role)}</TableCell>
                    <TableCell>
                      <Button
                        size="small"
                        disabledFocusable={cancel.isPending}
                        aria-label={`Cancel request for ${roleName(role)}`}
                        onClick={() => {
                          withdraw([role]);
                        }}
                      >
                        Cancel
                      </Button>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </>
      ) : null}
    </section>
  );
}

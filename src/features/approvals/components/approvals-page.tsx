import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import { useDecideApprovals } from '../api/decide-approvals.ts';
import { useApprovalQueue } from '../api/get-approval-queue.ts';
import { useStageRules } from '../api/get-stage-rules.ts';
import type { Decision } from '../domain/decision.ts';
import { DEFAULT_SORT, type PendingApproval, type QueueFilter } from '../domain/queue.ts';
import { BulkDecisionDialog } from './bulk-decision-dialog.tsx';
import { DecisionDrawer } from './decision-drawer.tsx';
import { DecisionResults, type DecidedRow } from './decision-results.tsx';
import { QueueGrid } from './queue-grid.tsx';
import { MissingRequest } from './missing-request.tsx';
import { NothingToApprove, QueueError, QueueLoading } from './queue-states.tsx';
import { QueueStatus } from './queue-status.tsx';
import { QueueToolbar } from './queue-toolbar.tsx';
import { useNewRequestAlerts } from './use-new-request-alerts.ts';
import { useNow } from './use-now.ts';
import { useQueueView } from './use-queue-view.ts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

export interface ApprovalsPageProps {
  /** The request whose panel is open (deep link `/approvals/<id>`). */
  requestId: string | undefined;
  onOpenRequest: (id: string | undefined) => void;
}

const labelOf = (item: PendingApproval) =>
  `${item.requester.displayName} — ${item.target.displayName} (${item.scope})`;

export function ApprovalsPage({ requestId, onOpenRequest }: ApprovalsPageProps) {
  const styles = useStyles();
  const now = useNow();
  const queue = useApprovalQueue();
  const items = queue.data?.items;
  const policyKeys = useMemo(
    () => [...new Set((items ?? []).map((item) => item.policyKey))],
    [items],
  );
  const stageRules = useStageRules(policyKeys);
  const [filter, setFilter] = useState<QueueFilter>({});
  const [sort, setSort] = useState(DEFAULT_SORT);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkOpen, setBulkOpen] = useState(false);
  const [results, setResults] = useState<DecidedRow[]>([]);
  const view = useQueueView(items, stageRules.data, filter, sort, now);
  const decide = useDecideApprovals();
  const alerts = useNewRequestAlerts(items, queue.data?.complete === true && !queue.isFetching);

  const byId = useMemo(() => new Map(view.open.map((item) => [item.id, item])), [view.open]);
  const opened = requestId === undefined ? undefined : byId.get(requestId);
  // Only what the filters show is decided: a selection hidden by a filter is not acted on.
  const chosen = useMemo(
    () => view.rows.filter((row) => selected.has(row.item.id)).map((row) => row.item),
    [view.rows, selected],
  );

  const submit = useCallback(
    (items: PendingApproval[], decision: Decision, justification: string) => {
      decide.mutate(
        { requests: items.map(({ id, plane }) => ({ id, plane })), decision, justification },
        {
          onSuccess: (outcomes) => {
            const labels = new Map(items.map((item) => [item.id, labelOf(item)]));
            setResults(
              outcomes.map(({ id, outcome }) => ({ id, label: labels.get(id) ?? id, outcome })),
            );
            setSelected(new Set());
            setBulkOpen(false);
            onOpenRequest(undefined);
          },
        },
      );
    },
    [decide, onOpenRequest],
  );

  if (queue.isPending) return <QueueLoading />;
  if (queue.isError) return <QueueError error={queue.error} onRetry={() => void queue.refetch()} />;

  return (
    <div className={styles.root}>
      {results.length > 0 && (
        <DecisionResults
          rows={results}
          onDismiss={() => {
            setResults([]);
          }}
        />
      )}
      {decide.isError && (
        <MessageBar intent="error">
          <MessageBarBody>The decisions could not be sent: {decide.error.message}</MessageBarBody>
        </MessageBar>
      )}
      {requestId !== undefined && !opened && !queue.isFetching && (
        <MissingRequest
          id={requestId}
          timedOut={queue.data.items.some((item) => item.id === requestId)}
        />
      )}
      {view.open.length === 0 && !queue.data.complete ? (
        <QueueLoading />
      ) : view.open.length === 0 ? (
        <>
          {view.timedOut > 0 && (
            <Text role="status">{`${String(view.timedOut)} requests timed out and were denied by PIM.`}</Text>
          )}
          <NothingToApprove />
        </>
      ) : (
        <>
          <QueueToolbar
            filter={filter}
            onFilterChange={setFilter}
            targets={view.targets}
            requesters={view.requesters}
          />
          <div className={styles.bar}>
            <QueueStatus
              shown={view.rows.length}
              open={view.open.length}
              timedOut={view.timedOut}
              urgent={view.urgent}
              loadingMore={!queue.data.complete}
              refreshing={queue.isFetching}
            />
            {alerts.permission === 'default' && (
              <Button appearance="subtle" onClick={alerts.requestPermission}>
                Notify me of new requests
              </Button>
            )}
            <Button
              appearance="primary"
              disabled={chosen.length === 0}
              onClick={() => {
                setBulkOpen(true);
              }}
            >
              {`Decide selected (${String(chosen.length)})`}
            </Button>
          </div>
          <QueueGrid
            rows={view.rows}
            sort={sort}
            onSortChange={setSort}
            selected={selected}
            onSelectionChange={setSelected}
            onOpen={onOpenRequest}
          />
        </>
      )}
      {opened && (
        <DecisionDrawer
          item={opened}
          rules={view.rulesOf(opened)}
          now={now}
          busy={decide.isPending}
          onDecide={(decision, justification) => {
            submit([opened], decision, justification);
          }}
          onClose={() => {
            onOpenRequest(undefined);
          }}
        />
      )}
      {bulkOpen && chosen.length > 0 && (
        <BulkDecisionDialog
          count={chosen.length}
          justificationRequired={chosen.some(
            (item) => view.rulesOf(item).approverJustificationRequired,
          )}
          busy={decide.isPending}
          onDecide={(decision, justification) => {
            submit(chosen, decision, justification);
          }}
          onClose={() => {
            setBulkOpen(false);
          }}
        />
      )}
    </div>
  );
}

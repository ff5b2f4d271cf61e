import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useHistory } from '../api/get-history.ts';
import type { HistoryRequest } from '../model/history-request.ts';
import { refineHistory, sortHistory } from '../model/refine.ts';
import { ExportButton } from './export-button.tsx';
import { Refinements, ServerFilters } from './history-filters.tsx';
import { HistoryGrid } from './history-grid.tsx';
import {
  accessProblemOf,
  HistoryErrorBar,
  PermissionExplanation,
} from './permission-explanation.tsx';
import { RequestDetail } from './request-detail.tsx';
import { useHistoryView } from './use-history-view.ts';

// The chart library is large: it loads when someone opens the charts, never before.
const HistoryCharts = lazy(() =>
  import('./history-charts.tsx').then((m) => ({ default: m.HistoryCharts })),
);

const useStyles = makeStyles({
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    marginBlockEnd: tokens.spacingVerticalS,
  },
  notice: { marginBlockEnd: tokens.spacingVerticalM },
  charts: { marginBlockStart: tokens.spacingVerticalL },
  // The last filters' list while the new first page loads: kept in the layout (so the grid's
  // width and its measured columns stay), out of sight and out of the accessibility tree.
  stale: { visibility: 'hidden' },
});

export function ActivationHistoryTab({ now }: { now: number }) {
  const styles = useStyles();
  const [{ filters, refinement, sort }, update] = useHistoryView();
  const [open, setOpen] = useState<{ row: HistoryRequest; now: number } | undefined>();
  const history = useHistory(filters);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = history;
  // New filters' first page on its way: `history.data` is still the last filters' (see
  // `useHistory`), shown to nobody; it keeps the grid mounted for the new rows to replace.
  const stale = history.isPlaceholderData;
  // Names the filters Graph was asked for: a new list starts at its top, with a new form and a
  // new export button, as when everything was mounted anew.
  const listKey = useMemo(() => JSON.stringify(filters), [filters]);

  const loaded = useMemo(() => history.data?.pages.flatMap((p) => p.items) ?? [], [history.data]);
  // Typing in the search box stays responsive while the filtering of many rows catches up.
  const deferred = useDeferredValue(refinement);
  const deferredSort = useDeferredValue(sort);
  const shown = useMemo(
    () => sortHistory(refineHistory(loaded, deferred), deferredSort.column, deferredSort.direction),
    [loaded, deferred, deferredSort],
  );
  const last = history.data?.pages.at(-1);
  const rest = useMemo(
    () => (last?.next ? { cursor: last.next, groupsIncluded: last.groupsIncluded } : undefined),
    [last],
  );
  const onNearEnd = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage && !stale) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, stale, fetchNextPage]);
  const onOpen = useCallback((row: HistoryRequest) => {
    setOpen({ row, now: Date.now() });
  }, []);

  const problem = history.isError ? accessProblemOf(history.error) : undefined;
  if (problem) return <PermissionExplanation problem={problem} />;
  const first = stale ? undefined : history.data?.pages[0];
  const listed = history.data?.pages[0];

  return (
    <>
      <ServerFilters
        key={listKey}
        value={filters}
        onApply={(next) => {
          update({ filters: next }, false);
        }}
      />
      <Refinements
        value={refinement}
        onChange={(next) => {
          update({ refinement: next }, true);
        }}
      />
      {first?.groupsDenied ? (
        <MessageBar className={styles.notice} intent="warning">
          <MessageBarBody>
            This person’s group requests are not shown: reading other people’s PIM for Groups
            requests needs Global Reader or Privileged Role Administrator (for role-assignable
            groups), or Groups Administrator, Identity Governance Administrator or User
            Administrator (for other groups), or membership of the group. Their role requests are
            below.
          </MessageBarBody>
        </MessageBar>
      ) : first && !first.groupsIncluded && !first.requesterNotFound ? (
        <MessageBar className={styles.notice} intent="info">
          <MessageBarBody>
            Group requests are listed once you filter by requester: Microsoft Graph lists PIM for
            Groups requests only per person or per group.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {history.isPending || stale ? <Spinner label="Loading activation history…" /> : null}
      {history.isError && !first ? (
        <HistoryErrorBar error={history.error} what="the activation history" />
      ) : listed?.requesterNotFound ? (
        stale ? null : (
          <MessageBar intent="warning">
            <MessageBarBody>{`No user “${filters.requester ?? ''}” in the directory.`}</MessageBarBody>
          </MessageBar>
        )
      ) : listed ? (
        <div className={stale ? styles.stale : undefined} inert={stale}>
          <div className={styles.toolbar}>
            <Text role="status">
              {`${shown.length.toLocaleString()} of ${loaded.length.toLocaleString()} loaded requests shown`}
              {hasNextPage ? '; more load as you scroll.' : '; all requests loaded.'}
            </Text>
            {isFetchingNextPage ? <Spinner size="extra-tiny" label="Loading more…" /> : null}
            <ExportButton
              key={listKey}
              rows={shown}
              loaded={loaded}
              rest={rest}
              refinement={deferred}
              sort={deferredSort}
              now={now}
            />
          </div>
          {history.isFetchNextPageError ? (
            <MessageBar intent="error" className={styles.notice}>
              <MessageBarBody>
                {`Could not load more requests: ${history.error.message}`}
              </MessageBarBody>
              <MessageBarActions>
                <Button
                  onClick={() => {
                    void fetchNextPage();
                  }}
                >
                  Try again
                </Button>
              </MessageBarActions>
            </MessageBar>
          ) : null}
          {shown.length === 0 ? (
            <Text as="p">No requests match these filters.</Text>
          ) : (
            <HistoryGrid
              rows={shown}
              loaded={loaded}
              now={now}
              sort={sort}
              onSortChange={(next) => {
                update({ sort: next }, true);
              }}
              onOpen={onOpen}
              onNearEnd={onNearEnd}
              loadingMore={isFetchingNextPage || stale}
              listKey={listKey}
            />
          )}
          <Accordion collapsible className={styles.charts}>
            <AccordionItem value="charts">
              <AccordionHeader as="h2">Charts of the shown requests</AccordionHeader>
              <AccordionPanel>
                <Suspense fallback={<Spinner size="tiny" label="Loading the charts…" />}>
                  <HistoryCharts rows={shown} />
                </Suspense>
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        </div>
      ) : null}
      {open ? (
        <RequestDetail
          request={open.row}
          loaded={loaded}
          now={open.now}
          onClose={() => {
            setOpen(undefined);
          }}
        />
      ) : null}
    </>
  );
}

import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useHistory, type HistoryFilters } from '../api/get-history.ts';
import type { HistoryRequest } from '../model/history-request.ts';
import { refineHistory, sortHistory, type Refinement } from '../model/refine.ts';
import { ExportButton } from './export-button.tsx';
import { Refinements, ServerFilters } from './history-filters.tsx';
import { HistoryCharts } from './history-charts.tsx';
import { HistoryGrid, type HistorySort } from './history-grid.tsx';
import {
  accessProblemOf,
  HistoryErrorBar,
  PermissionExplanation,
} from './permission-explanation.tsx';
import { RequestDetail } from './request-detail.tsx';

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
});

export function ActivationHistoryTab() {
  const styles = useStyles();
  const [filters, setFilters] = useState<HistoryFilters>({});
  const [refinement, setRefinement] = useState<Refinement>({});
  const [sort, setSort] = useState<HistorySort>({ column: 'created', direction: 'descending' });
  const [open, setOpen] = useState<{ row: HistoryRequest; now: number } | undefined>();
  const history = useHistory(filters);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = history;

  const loaded = useMemo(() => history.data?.pages.flatMap((p) => p.items) ?? [], [history.data]);
  // Typing in the search box stays responsive while the filtering of many rows catches up.
  const deferred = useDeferredValue(refinement);
  const deferredSort = useDeferredValue(sort);
  const shown = useMemo(
    () => sortHistory(refineHistory(loaded, deferred), deferredSort.column, deferredSort.direction),
    [loaded, deferred, deferredSort],
  );
  const onNearEnd = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const onOpen = useCallback((row: HistoryRequest) => {
    setOpen({ row, now: Date.now() });
  }, []);

  const problem = history.isError ? accessProblemOf(history.error) : undefined;
  if (problem) return <PermissionExplanation problem={problem} />;
  const first = history.data?.pages[0];

  return (
    <>
      <ServerFilters value={filters} onApply={setFilters} />
      <Refinements value={refinement} onChange={setRefinement} />
      {first && !first.groupsIncluded && !first.requesterNotFound ? (
        <MessageBar className={styles.notice} intent="info">
          <MessageBarBody>
            Group requests are listed once you filter by requester: Microsoft Graph lists PIM for
            Groups requests only per person or per group.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {history.isPending ? (
        <Spinner label="Loading activation history…" />
      ) : history.isError ? (
        <HistoryErrorBar error={history.error} what="the activation history" />
      ) : first?.requesterNotFound ? (
        <MessageBar intent="warning">
          <MessageBarBody>{`No user “${filters.requester ?? ''}” in the directory.`}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <div className={styles.toolbar}>
            <Text role="status">
              {`${shown.length.toLocaleString()} of ${loaded.length.toLocaleString()} loaded requests shown`}
              {hasNextPage ? '; more load as you scroll.' : '; all requests loaded.'}
            </Text>
            {isFetchingNextPage ? <Spinner size="extra-tiny" label="Loading more…" /> : null}
            <ExportButton rows={shown} />
          </div>
          {shown.length === 0 ? (
            <Text as="p">No requests match these filters.</Text>
          ) : (
            <HistoryGrid
              rows={shown}
              sort={sort}
              onSortChange={setSort}
              onOpen={onOpen}
              onNearEnd={onNearEnd}
            />
          )}
          <Accordion collapsible className={styles.charts}>
            <AccordionItem value="charts">
              <AccordionHeader as="h2">Charts of the shown requests</AccordionHeader>
              <AccordionPanel>
                <HistoryCharts rows={shown} />
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        </>
      )}
      {open ? (
        <RequestDetail
          request={open.row}
          now={open.now}
          onClose={() => {
            setOpen(undefined);
          }}
        />
      ) : null}
    </>
  );
}

import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { PersonKeyRegular } from '@fluentui/react-icons';
import { useDeferredValue, useMemo, useState } from 'react';
import { EmptyState } from '../../../components/empty-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { filterRoles, NO_FILTER, sortRoles } from '../../../domain/role-filter.ts';
import { MyHistorySection } from '../my-history/my-history-section-lazy.tsx';
import { useActivationExtras } from '../presets/use-activation-extras.tsx';
import { errorText } from './error-text.ts';
import { ExpiryCenter } from './expiry-center-lazy.tsx';
import { PendingRequests } from './pending-requests.tsx';
import type { RoleRow } from './role-columns.tsx';
import { RoleActions } from './role-actions.tsx';
import { RoleFilters } from './role-filters.tsx';
import { RolesGrid } from './roles-grid.tsx';
import { useNow } from './use-now.ts';
import { pollInterval, useProgressTracking } from './use-progress-tracking.ts';
import { useDecisionNotifications } from './use-decision-notifications.ts';
import { useRoleList } from './use-role-list.ts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

const DESCRIPTION = 'Roles you can activate and roles active now.';

/** The employee's morning screen: everything they can activate, and what is active now. */
export function MyRolesPage() {
  const styles = useStyles();
  // A slow clock for "ends soon": re-rendering 300 rows often would cost more than it tells.
  // Countdowns and the five-minute rule keep their own, faster clocks.
  const now = useNow(60_000);
  const [filter, setFilter] = useState(NO_FILTER);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [activatingCount, setActivatingCount] = useState(0);
  const { query, roles, loadingMore, groupPoliciesError, policiesSettled, policiesPending } =
    useRoleList((data) =>
      pollInterval(data, activatingCount, document.visibilityState === 'hidden'),
    );
  const extras = useActivationExtras(roles, roles !== undefined && policiesSettled);
  const progress = useProgressTracking(roles);
  useDecisionNotifications(progress.notices);
  if (progress.activating.size !== activatingCount) setActivatingCount(progress.activating.size);

  // The search box answers each keystroke at once; the list follows when React has time.
  const shownFilter = useDeferredValue(filter);
  const rows = useMemo<RoleRow[]>(() => {
    const context = { now, activating: progress.activating };
    return sortRoles(filterRoles(roles ?? [], shownFilter)).map((role) => ({ role, context }));
  }, [roles, shownFilter, now, progress.activating]);

  // An empty first page says nothing yet when more pages follow.
  if (query.isPending || (loadingMore && roles?.length === 0)) {
    return (
      <>
        <PageHeader title="My roles" description={DESCRIPTION} />
        <Spinner label="Loading your roles…" />
      </>
    );
  }
  if (query.isError) {
    const text = errorText(query.error);
    return (
      <>
        <PageHeader title="My roles" description={DESCRIPTION} />
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{text.title}</MessageBarTitle>
            {text.body}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void query.refetch()}>Try again</Button>
          </MessageBarActions>
        </MessageBar>
      </>
    );
  }
  if (!roles || roles.length === 0) {
    return (
      <>
        <PageHeader title="My roles" description={DESCRIPTION} />
        <EmptyState
          icon={<PersonKeyRegular />}
          title="You have no roles to activate"
          description="You are not eligible for any directory role or PIM group, and no role is assigned to you. Ask your administrator if you need one."
        />
      </>
    );
  }

  const selectedRoles = roles.filter((role) => selected.has(role.key));
  return (
    <div className={styles.root}>
      <PageHeader
        title="My roles"
        description={DESCRIPTION}
        actions={
          <Button onClick={() => void query.refetch()} disabled={query.isFetching}>
            {query.isFetching ? 'Refreshing…' : 'Refresh'}
          </Button>
        }
      />
      {groupPoliciesError ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Group policies could not be loaded.</MessageBarTitle>
            {errorText(groupPoliciesError).body}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {progress.notices.map((notice) => (
        <MessageBar key={notice.key} intent={notice.approved ? 'success' : 'warning'}>
          <MessageBarBody>
            <MessageBarTitle>{notice.name}</MessageBarTitle>
            {notice.approved
              ? 'Your request was approved.'
              : 'Your request is no longer pending: it was denied or expired.'}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              onClick={() => {
                progress.dismissNotice(notice.key);
              }}
            >
              Dismiss
            </Button>
          </MessageBarActions>
        </MessageBar>
      ))}
      <ExpiryCenter roles={roles} now={now} onActivated={progress.markActivating} />
      <PendingRequests roles={roles} now={now} onWithdrawn={progress.markWithdrawn} />
      <RoleFilters filter={filter} onChange={setFilter} />
      <RoleActions
        roles={selectedRoles}
        onSettled={(done) => {
          setSelected((current) => new Set([...current].filter((key) => !done.includes(key))));
        }}
        onActivated={progress.markActivating}
        onWithdrawn={progress.markWithdrawn}
        extras={extras}
      />
      {rows.length === 0 ? (
        <EmptyState
          headingLevel={2}
          title="No role matches"
          description="Change the search or the filters to see more roles."
          actions={
            <Button
              onClick={() => {
                setFilter(NO_FILTER);
              }}
            >
              Clear filters
            </Button>
          }
        />
      ) : (
        <RolesGrid
          rows={rows}
          selected={selected}
          onSelectionChange={setSelected}
          busy={policiesPending || loadingMore}
          expectMore={loadingMore}
        />
      )}
      {loadingMore ? (
        // Select all, search and filters work on the roles shown; this says more are coming.
        <Spinner
          size="tiny"
          labelPosition="after"
          label={`Loading more roles (${String(roles.length)} so far)…`}
        />
      ) : null}
      <MyHistorySection />
    </div>
  );
}

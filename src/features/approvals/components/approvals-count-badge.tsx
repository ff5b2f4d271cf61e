import { CounterBadge } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { approvalQueueQueryOptions, QUEUE_REFRESH_MS } from '../api/get-approval-queue.ts';

/**
 * The number of requests waiting, for the navigation. It never starts the queue on its own (that
 * would ask every user for approval permissions on every page); once the Approvals page has
 * loaded the queue, it keeps it fresh from anywhere in the portal.
 */
export function ApprovalsCountBadge() {
  const { data } = useQuery({
    ...approvalQueueQueryOptions(),
    enabled: (query) => query.state.data !== undefined,
    refetchInterval: QUEUE_REFRESH_MS,
  });
  const count = data?.items.length ?? 0;
  if (count === 0) return null;
  return (
    <CounterBadge
      count={count}
      overflowCount={999}
      size="small"
      color="brand"
      aria-label={`${String(count)} waiting`}
    />
  );
}

import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import { TaskListSquareLtrRegular } from '@fluentui/react-icons';
import { EmptyState } from '../../../components/empty-state.tsx';
import { describePimError } from '../../../domain/pim-error-copy.ts';
import { isGraphError } from '../../../graph/graph-error.ts';
import { APPROVALS_SCOPES } from '../api/approvals-scopes.ts';

export function QueueLoading() {
  return <Spinner label="Loading the requests waiting for you…" />;
}

/** Missing permission or consent is explained: which permissions, and who can grant them. */
export function QueueError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const graphError = isGraphError(error) ? error : undefined;
  const forbidden = graphError?.status === 403;
  const copy = graphError
    ? describePimError(graphError.code, graphError.innerCode)
    : { summary: 'The requests could not be loaded.', action: 'Try again.' };
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {forbidden ? 'The portal may not read your approval requests' : copy.summary}
        </MessageBarTitle>
        {forbidden
          ? `The approval queue needs these delegated Microsoft Graph permissions: ${APPROVALS_SCOPES.join(', ')}. A Global Administrator or Privileged Role Administrator can grant admin consent for the tenant.`
          : copy.action}
        {graphError ? ` (Code: ${graphError.innerCode ?? graphError.code})` : ''}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onRetry}>Try again</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** Shown instead of an empty table: nobody is waiting, or the user approves nothing at all. */
export function NothingToApprove() {
  return (
    <EmptyState
      icon={<TaskListSquareLtrRegular />}
      title="Nothing is waiting for your approval"
      description="When someone asks to activate a role or group that you approve, the request appears here. If you expected requests, you may not be an approver for any role or group: your PIM administrator decides who approves what."
    />
  );
}

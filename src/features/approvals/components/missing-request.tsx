import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { useRequestFate } from '../api/get-request-fate.ts';
import { describeFate } from '../domain/request-fate.ts';

/** A deep link to a request that is not (or no longer) waiting for this approver says why. */
export function MissingRequest(props: { id: string; timedOut: boolean }) {
  const fate = useRequestFate(props.id, !props.timedOut);
  if (!props.timedOut && fate.isPending)
    return <Spinner size="tiny" label="Looking up the request…" />;
  const text = props.timedOut
    ? describeFate({ kind: 'timedOut' })
    : describeFate(fate.data ?? { kind: 'unknown' });
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>This request is not waiting for your decision</MessageBarTitle>
        {text}
      </MessageBarBody>
    </MessageBar>
  );
}

import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarGroup,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { RequestOutcome } from '../api/request-outcome.ts';

export interface NamedOutcome {
  name: string;
  outcome: RequestOutcome;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

const COPY: Record<Exclude<RequestOutcome['kind'], 'failed'>, string> = {
  active: 'is active.',
  activating: 'is being activated.',
  pending: 'waits for approval. You will see here when it is decided.',
  scheduled: 'is scheduled.',
  done: 'is done.',
};

/** The outcome of the last action, one line per role, next to the list it changed. */
export function OutcomeList({
  outcomes,
  verb,
  onDismiss,
}: {
  outcomes: readonly NamedOutcome[];
  verb: string;
  onDismiss: () => void;
}) {
  const styles = useStyles();
  if (outcomes.length === 0) return null;
  return (
    <section className={styles.root} aria-label={`${verb} results`}>
      <MessageBarGroup>
        {outcomes.map(({ name, outcome }) => (
          <MessageBar key={outcome.key} intent={outcome.kind === 'failed' ? 'error' : 'success'}>
            <MessageBarBody>
              <MessageBarTitle>{name}</MessageBarTitle>
              {outcome.kind === 'failed'
                ? `${outcome.summary} ${outcome.action} Code: ${outcome.code}.`
                : verb === 'Deactivation' && outcome.kind !== 'pending'
                  ? 'is deactivated.'
                  : verb === 'Cancellation'
                    ? 'request is cancelled.'
                    : COPY[outcome.kind]}
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button
                  appearance="transparent"
                  aria-label={`Dismiss ${name}`}
                  icon={<DismissRegular />}
                  onClick={onDismiss}
                />
              }
            />
          </MessageBar>
        ))}
      </MessageBarGroup>
    </section>
  );
}

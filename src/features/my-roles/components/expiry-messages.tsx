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
import type { MyRole } from '../../../domain/my-role.ts';
import type { ExtensionOutcome } from '../api/extend-roles.ts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

/** Formats an end time as the messages show it (tests format the same way). */
export const formatEndTime = (end: Date): string => time.format(end);

export const roleName = (role: MyRole): string => `${role.displayName} (${role.scope.displayName})`;

export interface ExpiryWarningView {
  role: MyRole;
  end: Date;
  /** What Extend would do, in words, or why it is not offered. */
  offer: { extendable: true; description: string } | { extendable: false; reason: string };
}

export interface ExpiryMessagesProps {
  warnings: readonly ExpiryWarningView[];
  expired: readonly MyRole[];
  outcomes: readonly { role: MyRole; outcome: ExtensionOutcome }[];
  busy: boolean;
  onExtend: (keys: string[]) => void;
  onActivateAgain: (role: MyRole) => void;
  onDismiss: (key: string) => void;
  onDismissOutcome: (key: string) => void;
}

function Dismiss({ name, onClick }: { name: string; onClick: () => void }) {
  return (
    <Button
      appearance="transparent"
      aria-label={`Dismiss ${name}`}
      icon={<DismissRegular />}
      onClick={onClick}
    />
  );
}

/**
 * Warnings before roles end, roles that ended, and what Extend did. Each message mounts once per
 * threshold and its text does not tick, so a screen reader hears it once (the row's countdown
 * carries the seconds).
 */
export function ExpiryMessages(props: ExpiryMessagesProps) {
  const { warnings, expired, outcomes, busy, onExtend, onActivateAgain } = props;
  const styles = useStyles();
  if (warnings.length === 0 && expired.length === 0 && outcomes.length === 0) return null;
  const extendable = warnings.filter((w) => w.offer.extendable).map((w) => w.role.key);
  return (
    <section className={styles.root} aria-label="Roles ending soon">
      <MessageBarGroup>
        {[
          ...outcomes.map(({ role, outcome }) => (
            <MessageBar key={`outcome-${role.key}`} intent={outcomeIntent(outcome)}>
              <MessageBarBody>
                <MessageBarTitle>{roleName(role)}</MessageBarTitle>
                {outcomeText(outcome)}
              </MessageBarBody>
              <MessageBarActions
                containerAction={
                  <Dismiss
                    name={roleName(role)}
                    onClick={() => {
                      props.onDismissOutcome(role.key);
                    }}
                  />
                }
              >
                {outcome.kind === 'failed' && outcome.ended ? (
                  <Button
                    onClick={() => {
                      onActivateAgain(role);
                    }}
                  >
                    Activate again
                  </Button>
                ) : null}
              </MessageBarActions>
            </MessageBar>
          )),
          ...warnings.map(({ role, end, offer }) => (
            <MessageBar key={`warning-${role.key}`} intent="warning">
              <MessageBarBody>
                <MessageBarTitle>
                  {roleName(role)} ends at {formatEndTime(end)}.
                </MessageBarTitle>
                {offer.extendable ? offer.description : offer.reason}
              </MessageBarBody>
              <MessageBarActions
                containerAction={
                  <Dismiss
                    name={roleName(role)}
                    onClick={() => {
                      props.onDismiss(role.key);
                    }}
                  />
                }
              >
                {offer.extendable ? (
                  <Button
                    disabledFocusable={busy}
                    aria-label={`Extend ${roleName(role)}`}
                    onClick={() => {
                      onExtend([role.key]);
                    }}
                  >
                    {busy ? 'Extending…' : 'Extend'}
                  </Button>
                ) : null}
              </MessageBarActions>
            </MessageBar>
          )),
          ...expired.map((role) => (
            <MessageBar key={`expired-${role.key}`} intent="info">
              <MessageBarBody>
                <MessageBarTitle>{roleName(role)} has ended.</MessageBarTitle>
                Activate it again with the same duration and justification.
              </MessageBarBody>
              <MessageBarActions
                containerAction={
                  <Dismiss
                    name={roleName(role)}
                    onClick={() => {
                      props.onDismiss(role.key);
                    }}
                  />
                }
              >
                <Button
                  aria-label={`Activate ${roleName(role)} again`}
                  onClick={() => {
                    onActivateAgain(role);
                  }}
                >
                  Activate again
                </Button>
              </MessageBarActions>
            </MessageBar>
          )),
        ]}
      </MessageBarGroup>
      {extendable.length > 1 ? (
        <Button
          disabledFocusable={busy}
          onClick={() => {
            onExtend(extendable);
          }}
        >
          Extend all ({extendable.length})
        </Button>
      ) : null}
    </section>
  );
}

const outcomeIntent = (outcome: ExtensionOutcome) =>
  outcome.kind === 'failed' ? 'error' : outcome.kind === 'pending' ? 'info' : 'success';

function outcomeText(outcome: ExtensionOutcome): string {
  switch (outcome.kind) {
    case 'extended':
      return `Extended: now ends at ${formatEndTime(outcome.end)}.`;
    case 'pending':
      return 'Extension requested: it waits for an administrator’s approval.';
    case 'failed':
      return `${outcome.ended ? 'The activation ended, but the new one was refused. ' : ''}${outcome.summary} ${outcome.action} Code: ${outcome.code}.`;
  }
}

import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState, type ReactNode, type SyntheticEvent } from 'react';
import { formatDuration } from '../../../domain/duration.ts';
import type { MyRole } from '../../../domain/my-role.ts';
import { stepUpClaims } from '../../../domain/policy.ts';
import type { ActivationInput } from '../../../domain/validation.ts';
import type { RequestOutcome } from '../api/request-outcome.ts';
import { ActivationFields, type ActivationFormState } from './activation-fields.tsx';
import {
  needsJustification,
  needsTicket,
  offeredDurations,
  planActivation,
  toActivationInput,
  type PlannedActivation,
} from './activation-plan.ts';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  problems: { margin: 0, color: tokens.colorPaletteRedForeground1 },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** A duration from a preset or link that is not one of the steps is still offered as chosen. */
function withCurrent(durations: number[], current: number): number[] {
  const longest = durations.at(-1) ?? 0;
  if (durations.includes(current) || current <= 0 || current > longest) return durations;
  return [...durations, current].sort((a, b) => a - b);
}

export interface ActivationDialogProps {
  roles: readonly MyRole[];
  state: ActivationFormState;
  onStateChange: (state: ActivationFormState) => void;
  /** Failures of the last attempt, by role key: the form stays open and filled. */
  failures: ReadonlyMap<string, Extract<RequestOutcome, { kind: 'failed' }>>;
  submitting: boolean;
  onSubmit: (plan: PlannedActivation[], input: ActivationInput) => void;
  onClose: () => void;
  /** A failure of the whole batch (network, consent), shown above the form. */
  error?: ReactNode;
  /** Show what each role still needs from the start (a preset that could not be sent as is). */
  showProblems?: boolean;
  /** Shown above the roles: what a preset or link changed or left out, last-used values. */
  notice?: ReactNode;
  /** More buttons next to Close (save as preset, copy link). */
  extraActions?: ReactNode;
}

/** One form for every selected role; nothing is sent until each role has what it needs. */
export function ActivationDialog(props: ActivationDialogProps) {
  const { roles, state, onStateChange, failures, submitting, onSubmit, onClose, error } = props;
  const styles = useStyles();
  const [attempted, setAttempted] = useState(props.showProblems ?? false);
  const input = toActivationInput(state);
  const plan = planActivation(roles, input, new Date());
  const startMissing = state.startMode === 'later' && input.startDateTime === undefined;
  const blocked = startMissing || plan.some((p) => p.problems.length > 0);

  const submit = (event: SyntheticEvent): void => {
    event.preventDefault();
    setAttempted(true);
    if (blocked || submitting) return;
    onSubmit(plan, input);
  };

  const title = roles.length === 1 ? 'Activate 1 role' : `Activate ${String(roles.length)} roles`;
  return (
    <Dialog
      open
      modalType="modal"
      onOpenChange={(_, data) => {
        if (!data.open && !submitting) onClose();
      }}
    >
      <DialogSurface aria-describedby={undefined}>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.content}>
              {error}
              {props.notice}
              {attempted && blocked ? (
                <MessageBar intent="error">
                  <MessageBarBody>
                    <MessageBarTitle>Nothing was sent.</MessageBarTitle>
                    Complete what each role below still needs.
                  </MessageBarBody>
                </MessageBar>
              ) : null}
              {plan.some((p) => p.role.policy && stepUpClaims(p.role.policy)) ? (
                <MessageBar intent="info">
                  <MessageBarBody>
                    <MessageBarTitle>You will be asked to verify your identity.</MessageBarTitle>
                    Some of these roles require extra verification (multifactor authentication or an
                    authentication context). A sign-in window opens when you activate; complete it
                    to continue.
                  </MessageBarBody>
                </MessageBar>
              ) : null}
              <ul className={styles.list} aria-label="Roles to activate">
                {plan.map((p) => (
                  <PlannedRole
                    key={p.role.key}
                    plan={p}
                    showProblems={attempted}
                    failure={failures.get(p.role.key)}
                  />
                ))}
              </ul>
              <ActivationFields
                state={state}
                onChange={onStateChange}
                durations={withCurrent(offeredDurations(roles), state.durationMinutes)}
                justificationRequired={needsJustification(roles)}
                ticketRequired={needsTicket(roles)}
                disabled={submitting}
              />
              {attempted && startMissing ? (
                <Text className={styles.problems}>Choose a start time, or start now.</Text>
              ) : null}
            </DialogContent>
            {props.extraActions ? (
              <DialogActions position="start">{props.extraActions}</DialogActions>
            ) : null}
            <DialogActions>
              <Button appearance="secondary" disabled={submitting} onClick={onClose}>
                Close
              </Button>
              <Button
                appearance="primary"
                type="submit"
                disabled={submitting}
                icon={submitting ? <Spinner size="tiny" /> : undefined}
              >
                {submitting ? 'Activating…' : title}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

function PlannedRole({
  plan,
  showProblems,
  failure,
}: {
  plan: PlannedActivation;
  showProblems: boolean;
  failure: Extract<RequestOutcome, { kind: 'failed' }> | undefined;
}) {
  const styles = useStyles();
  const { role, durationMinutes, capped, problems } = plan;
  return (
    <li>
      <Text weight="semibold">{role.displayName}</Text>{' '}
      <Text className={styles.muted}>
        ({role.scope.displayName}) · {formatDuration(durationMinutes)}
        {capped ? ' (its maximum)' : ''}
        {role.policy?.requiresApproval ? ' · needs approval' : ''}
        {role.policy && stepUpClaims(role.policy) ? ' · extra verification' : ''}
      </Text>
      {showProblems && problems.length > 0 ? (
        <ul className={styles.problems} aria-label={`${role.displayName} still needs`}>
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
      {failure ? (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{failure.summary}</MessageBarTitle>
            {failure.action} Code: {failure.code}
            {failure.requestId ? `, request ${failure.requestId}` : ''}.
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </li>
  );
}

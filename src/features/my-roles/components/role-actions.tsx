import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { startTransition, useState, type ReactNode } from 'react';
import type { MyRole } from '../../../domain/my-role.ts';
import { useActivateRoles } from '../api/activate-roles.ts';
import { useCancelRequests } from '../api/cancel-requests.ts';
import { useDeactivateRoles } from '../api/deactivate-roles.ts';
import type { RequestOutcome } from '../api/request-outcome.ts';
import { ActivationDialog } from './activation-dialog-lazy.tsx';
import type { ActivationExtras, ActivationLaunch } from './activation-extras.ts';
import type { ActivationFormState } from './activation-fields.tsx';
import { planActivation, toActivationInput, type PlannedActivation } from './activation-plan.ts';
import { errorText } from './error-text.ts';
import { OutcomeList, type NamedOutcome } from './outcome-list.tsx';
import { selectionActions, SelectionToolbar } from './selection-toolbar.tsx';
import { useNow } from './use-now.ts';
import { usePrincipalId } from './use-principal-id.ts';

const EMPTY_FORM: ActivationFormState = {
  durationMinutes: 60,
  justification: '',
  ticketNumber: '',
  ticketSystem: '',
  startMode: 'now',
  startLocal: '',
};

type Failure = Extract<RequestOutcome, { kind: 'failed' }>;

export interface RoleActionsProps {
  roles: readonly MyRole[];
  /** Roles whose action went through: the page clears them from the selection. */
  onSettled: (keys: string[]) => void;
  onActivated: (keys: string[]) => void;
  onWithdrawn: (keys: string[]) => void;
  extras?: ActivationExtras;
}

/** Activate, deactivate and cancel the selected roles, and say what became of each. */
export function RoleActions(props: RoleActionsProps) {
  const { roles, onSettled, onActivated, onWithdrawn, extras } = props;
  // Fine enough for the five-minute rule, without re-rendering the whole list every second.
  const now = useNow(5000);
  const principalId = usePrincipalId();
  const activate = useActivateRoles();
  const deactivate = useDeactivateRoles();
  const cancel = useCancelRequests();
  const [dialogRoles, setDialogRoles] = useState<MyRole[] | undefined>(undefined);
  const [form, setForm] = useState(EMPTY_FORM);
  const [failures, setFailures] = useState<ReadonlyMap<string, Failure>>(new Map());
  const [result, setResult] = useState<{ verb: string; outcomes: NamedOutcome[] }>();
  const [batchError, setBatchError] = useState<unknown>(undefined);
  const [showProblems, setShowProblems] = useState(false);
  const [launchNotice, setLaunchNotice] = useState<ReactNode>(undefined);
  const actions = selectionActions(roles, now);
  const busy = activate.isPending || deactivate.isPending || cancel.isPending;

  const report = (verb: string, from: readonly MyRole[], outcomes: RequestOutcome[]): void => {
    const names = new Map(
      from.map((role) => [role.key, `${role.displayName} (${role.scope.displayName})`]),
    );
    setResult({
      verb,
      outcomes: outcomes.map((outcome) => ({
        name: names.get(outcome.key) ?? outcome.key,
        outcome,
      })),
    });
    // The outcomes draw first; the selection follows in a transition React renders in slices.
    startTransition(() => {
      onSettled(outcomes.filter((o) => o.kind !== 'failed').map((o) => o.key));
    });
  };

  const openDialog = (): void => {
    const chosen = actions.activatable;
    const longest = Math.max(...chosen.map((role) => role.policy?.maximumMinutes ?? 60));
    setForm((current) => ({
      ...current,
      durationMinutes: Math.min(current.durationMinutes, longest),
    }));
    setFailures(new Map());
    setBatchError(undefined);
    setShowProblems(false);
    setLaunchNotice(undefined);
    setDialogRoles(chosen);
  };

  const submitPlan = (
    chosen: MyRole[],
    plan: PlannedActivation[],
    state: ActivationFormState,
  ): void => {
    if (!principalId) {
      setBatchError(new Error('No signed-in account: sign in again.'));
      return;
    }
    setBatchError(undefined);
    activate.mutate(
      { principalId, roles: plan, form: toActivationInput(state), now: new Date() },
      {
        onSuccess: (outcomes) => {
          const failed = outcomes.filter((o): o is Failure => o.kind === 'failed');
          // Like the selection in `report`: the rows turn "activating" right after the outcomes.
          report('Activation', chosen, outcomes);
          startTransition(() => {
            onActivated(
              outcomes
                .filter((o) => o.kind === 'active' || o.kind === 'activating')
                .map((o) => o.key),
            );
            extras?.onActivated?.(
              chosen.filter((role) => !failed.some((f) => f.key === role.key)),
              state,
            );
          });
          setFailures(new Map(failed.map((f) => [f.key, f])));
          // Keep the form open, filled, with only the roles that still need attention.
          if (failed.length === 0) setDialogRoles(undefined);
          else setDialogRoles(chosen.filter((role) => failed.some((f) => f.key === role.key)));
        },
        onError: (error) => {
          setBatchError(error);
          // A preset sent at once shows the failure in its form, with everything kept.
          setDialogRoles(chosen);
        },
      },
    );
  };

  const launch = (request: ActivationLaunch): void => {
    if (busy || request.roles.length === 0) return;
    const state = { ...EMPTY_FORM, ...request.form };
    const plan = planActivation(request.roles, toActivationInput(state), new Date());
    setForm(state);
    setFailures(new Map());
    setBatchError(undefined);
    setResult(undefined);
    setLaunchNotice(request.notice);
    const ready = plan.every((p) => p.problems.length === 0);
    if (request.submitIfReady && ready) {
      submitPlan(request.roles, plan, state);
      return;
    }
    setShowProblems(request.submitIfReady);
    setDialogRoles(request.roles);
  };
  const dialogExtras = dialogRoles ? extras?.dialog?.(dialogRoles, form, setForm) : undefined;

  return (
    <>
      {extras?.launchers?.(launch)}
      <SelectionToolbar
        actions={actions}
        now={now}
        busy={busy}
        selectedCount={roles.length}
        onActivate={openDialog}
        onDeactivate={() => {
          if (!principalId) return;
          const chosen = actions.deactivatable;
          deactivate.mutate(
            { principalId, roles: chosen },
            {
              onSuccess: (outcomes) => {
                report('Deactivation', chosen, outcomes);
              },
              onError: setBatchError,
            },
          );
        }}
        onCancel={() => {
          const chosen = actions.cancellable;
          onWithdrawn(chosen.map((role) => role.key));
          cancel.mutate(chosen, {
            onSuccess: (outcomes) => {
              report('Cancellation', chosen, outcomes);
            },
            onError: setBatchError,
          });
        }}
      />
      {batchError !== undefined && !dialogRoles ? <BatchError error={batchError} /> : null}
      {result ? (
        <OutcomeList
          outcomes={result.outcomes}
          verb={result.verb}
          onDismiss={() => {
            setResult(undefined);
          }}
        />
      ) : null}
      {dialogRoles ? (
        <ActivationDialog
          roles={dialogRoles}
          state={form}
          onStateChange={setForm}
          failures={failures}
          submitting={activate.isPending}
          onClose={() => {
            setDialogRoles(undefined);
          }}
          onSubmit={(plan) => {
            submitPlan(dialogRoles, plan, form);
          }}
          showProblems={showProblems}
          notice={
            launchNotice || dialogExtras?.notice ? (
              <>
                {launchNotice}
                {dialogExtras?.notice}
              </>
            ) : undefined
          }
          extraActions={dialogExtras?.actions}
          error={batchError === undefined ? undefined : <BatchError error={batchError} />}
        />
      ) : null}
    </>
  );
}

function BatchError({ error }: { error: unknown }) {
  const text = errorText(error);
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        <MessageBarTitle>{text.title}</MessageBarTitle>
        {text.body} Refresh the list to see what changed before trying again.
      </MessageBarBody>
    </MessageBar>
  );
}

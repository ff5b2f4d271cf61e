import { useState } from 'react';
import type { MyRole } from '../../../domain/my-role.ts';
import type { ActivationInput } from '../../../domain/validation.ts';
import { useActivateRoles } from '../api/activate-roles.ts';
import type { RequestOutcome } from '../api/request-outcome.ts';
import { ActivationDialog } from './activation-dialog-lazy.tsx';
import type { ActivationFormState } from './activation-fields.tsx';
import { errorText } from './error-text.ts';
import { usePrincipalId } from './use-principal-id.ts';

type Failure = Extract<RequestOutcome, { kind: 'failed' }>;

export const toFormState = (input: ActivationInput): ActivationFormState => ({
  durationMinutes: input.durationMinutes,
  justification: input.justification,
  ticketNumber: input.ticketNumber,
  ticketSystem: input.ticketSystem,
  startMode: 'now',
  startLocal: '',
});

/**
 * The activation form for a role that just ended, pre-filled with what its last activation
 * asked for; nothing is sent until the user confirms.
 */
export function ActivateAgainDialog({
  role,
  initial,
  onClose,
  onDone,
}: {
  role: MyRole;
  initial: ActivationInput;
  onClose: () => void;
  onDone: (outcome: RequestOutcome) => void;
}) {
  const principalId = usePrincipalId();
  const activate = useActivateRoles();
  const [form, setForm] = useState(() => toFormState(initial));
  const [failures, setFailures] = useState<ReadonlyMap<string, Failure>>(new Map());
  const [error, setError] = useState<unknown>(undefined);
  const text = error === undefined ? undefined : errorText(error);
  return (
    <ActivationDialog
      roles={[role]}
      state={form}
      onStateChange={setForm}
      failures={failures}
      submitting={activate.isPending}
      onClose={onClose}
      error={text ? `${text.title} ${text.body}` : undefined}
      onSubmit={(plan, input) => {
        if (!principalId) {
          setError(new Error('No signed-in account: sign in again.'));
          return;
        }
        setError(undefined);
        activate.mutate(
          { principalId, roles: plan, form: input, now: new Date() },
          {
            onSuccess: ([outcome]) => {
              if (!outcome) return;
              if (outcome.kind === 'failed') setFailures(new Map([[outcome.key, outcome]]));
              else onDone(outcome);
            },
            onError: setError,
          },
        );
      }}
    />
  );
}

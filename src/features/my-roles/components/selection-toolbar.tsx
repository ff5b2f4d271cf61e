import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { IdleTooltip } from '../../../components/idle-tooltip.tsx';
import { useId } from 'react';
import { canDeactivate } from '../../../domain/deactivation.ts';
import { formatCountdown, remainingTime } from '../../../domain/countdown.ts';
import { canActivate, type MyRole } from '../../../domain/my-role.ts';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minHeight: '32px',
  },
});

export interface SelectionActions {
  activatable: MyRole[];
  deactivatable: MyRole[];
  /** Active roles still in their first five minutes, with the earliest time one is allowed. */
  tooSoon: { roles: MyRole[]; availableAt: Date | undefined };
  cancellable: MyRole[];
}

export function selectionActions(selected: readonly MyRole[], now: Date): SelectionActions {
  const actions: SelectionActions = {
    activatable: [],
    deactivatable: [],
    tooSoon: { roles: [], availableAt: undefined },
    cancellable: [],
  };
  for (const role of selected) {
    if (canActivate(role)) actions.activatable.push(role);
    if (role.pending && (!role.active || role.pending.extension === true))
      actions.cancellable.push(role);
    if (!role.active) continue;
    const check = canDeactivate(role.active, now);
    if (check.allowed) actions.deactivatable.push(role);
    else if (check.reason === 'too-soon') {
      actions.tooSoon.roles.push(role);
      const earliest = actions.tooSoon.availableAt;
      if (!earliest || check.availableAt < earliest)
        actions.tooSoon.availableAt = check.availableAt;
    }
  }
  return actions;
}

export interface SelectionToolbarProps {
  actions: SelectionActions;
  now: Date;
  busy: boolean;
  onActivate: () => void;
  onDeactivate: () => void;
  onCancel: () => void;
  selectedCount: number;
}

const count = (n: number): string => (n > 0 ? ` (${String(n)})` : '');

export function SelectionToolbar(props: SelectionToolbarProps) {
  const { actions, now, busy, onActivate, onDeactivate, onCancel, selectedCount } = props;
  const styles = useStyles();
  const reasonId = useId();
  const { availableAt } = actions.tooSoon;
  const reason =
    actions.deactivatable.length === 0 && availableAt !== undefined
      ? `Entra allows deactivation after five minutes: in ${formatCountdown(remainingTime(availableAt, now))}.`
      : undefined;
  const deactivate = (
    <Button
      disabledFocusable={busy || actions.deactivatable.length === 0}
      onClick={onDeactivate}
      aria-describedby={reason ? reasonId : undefined}
    >
      Deactivate{count(actions.deactivatable.length)}
    </Button>
  );
  return (
    <div className={styles.root} role="toolbar" aria-label="Actions on selected roles">
      <Button
        appearance="primary"
        disabledFocusable={busy || actions.activatable.length === 0}
        onClick={onActivate}
      >
        Activate{count(actions.activatable.length)}
      </Button>
      {reason ? (
        <>
          <IdleTooltip relationship="inaccessible" content={reason}>
            {deactivate}
          </IdleTooltip>
          <span id={reasonId} hidden>
            {reason}
          </span>
        </>
      ) : (
        deactivate
      )}
      <Button disabledFocusable={busy || actions.cancellable.length === 0} onClick={onCancel}>
        Cancel request{count(actions.cancellable.length)}
      </Button>
      <Text size={200} aria-live="polite">
        {selectedCount === 0 ? 'Select roles to act on them.' : `${String(selectedCount)} selected`}
      </Text>
    </div>
  );
}

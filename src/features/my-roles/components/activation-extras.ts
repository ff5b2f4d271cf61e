import type { ReactNode } from 'react';
import type { MyRole } from '../../../domain/my-role.ts';
import type { ActivationFormState } from './activation-fields.tsx';

/** Opens the activation form with these roles and values (a preset, a link). */
export interface ActivationLaunch {
  roles: MyRole[];
  form: Partial<ActivationFormState>;
  /** Send at once when every role is ready (a preset's one click); otherwise open the form. */
  submitIfReady: boolean;
  /** What the form should say about it (roles left out, durations capped, link problems). */
  notice?: ReactNode;
}

/** What presets and links add to the activation flow, without the flow knowing about them. */
export interface ActivationExtras {
  /** Rendered above the toolbar, given the function that launches an activation. */
  launchers?: (launch: (request: ActivationLaunch) => void) => ReactNode;
  /** Notices and actions for the open form. */
  dialog?: (
    roles: readonly MyRole[],
    form: ActivationFormState,
    setForm: (form: ActivationFormState) => void,
  ) => { notice?: ReactNode; actions?: ReactNode };
  /** The roles whose activation was accepted, with the values they were sent with. */
  onActivated?: (roles: readonly MyRole[], form: ActivationFormState) => void;
}

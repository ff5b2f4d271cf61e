import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { Decision } from '../domain/decision.ts';
import { DecisionForm } from './decision-form.tsx';

export interface BulkDecisionDialogProps {
  count: number;
  justificationRequired: boolean;
  busy: boolean;
  onDecide: (decision: Decision, justification: string) => void;
  onClose: () => void;
}

const plural = (n: number) => `${String(n)} ${n === 1 ? 'request' : 'requests'}`;

/** One justification for many requests; each request then reports its own outcome. */
export function BulkDecisionDialog(props: BulkDecisionDialogProps) {
  return (
    <Dialog
      open
      onOpenChange={(_, data) => {
        if (!data.open) props.onClose();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Decide {plural(props.count)}</DialogTitle>
          <DialogContent>
            <DecisionForm
              justificationRequired={props.justificationRequired}
              busy={props.busy}
              approveLabel={`Approve ${plural(props.count)}`}
              denyLabel={`Deny ${plural(props.count)}`}
              onDecide={props.onDecide}
            />
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={props.onClose}>
              Cancel
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

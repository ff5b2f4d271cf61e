import { Button, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { CheckmarkRegular, DismissRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Decision } from '../domain/decision.ts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** Graph's approval `justification` is a free string; keep it to a sensible length. */
const MAX_LENGTH = 500;

export interface DecisionFormProps {
  /** The stage asks approvers for a reason (`isApproverJustificationRequired`). */
  justificationRequired: boolean;
  busy: boolean;
  /** `Approve 3 requests`, or `Approve` for one. */
  approveLabel: string;
  denyLabel: string;
  onDecide: (decision: Decision, justification: string) => void;
}

/** One reason, then approve or deny: the same form for one request and for many. */
export function DecisionForm(props: DecisionFormProps) {
  const styles = useStyles();
  const [justification, setJustification] = useState('');
  const [missing, setMissing] = useState(false);
  const decide = (decision: Decision) => {
    if (props.justificationRequired && justification.trim() === '') {
      setMissing(true);
      return;
    }
    props.onDecide(decision, justification.trim());
  };
  return (
    <div className={styles.root}>
      <Field
        label="Your justification"
        required={props.justificationRequired}
        hint={
          props.justificationRequired
            ? 'The policy asks approvers to say why. The requester and auditors can read it.'
            : 'Optional. The requester and auditors can read it.'
        }
        validationState={missing ? 'error' : 'none'}
        validationMessage={missing ? 'Enter a justification to approve or deny.' : undefined}
      >
        <Textarea
          value={justification}
          maxLength={MAX_LENGTH}
          resize="vertical"
          onChange={(_, data) => {
            setJustification(data.value);
            if (data.value.trim() !== '') setMissing(false);
          }}
        />
      </Field>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={<CheckmarkRegular />}
          disabled={props.busy}
          onClick={() => {
            decide('Approve');
          }}
        >
          {props.approveLabel}
        </Button>
        <Button
          icon={<DismissRegular />}
          disabled={props.busy}
          onClick={() => {
            decide('Deny');
          }}
        >
          {props.denyLabel}
        </Button>
      </div>
    </div>
  );
}

import { makeStyles, tokens } from '@fluentui/react-components';
import { SidePanel } from '../../../components/side-panel.tsx';
import type { Decision } from '../domain/decision.ts';
import type { PendingApproval, StageRules } from '../domain/queue.ts';
import { DecisionForm } from './decision-form.tsx';
import { RequestDetails } from './request-details.tsx';
import { RequesterHistory } from './requester-history.tsx';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
});

export interface DecisionDrawerProps {
  item: PendingApproval;
  rules: StageRules;
  now: Date;
  busy: boolean;
  onDecide: (decision: Decision, justification: string) => void;
  onClose: () => void;
}

/** The detail panel of one request, with its decision. */
export function DecisionDrawer({ item, rules, now, busy, onDecide, onClose }: DecisionDrawerProps) {
  const styles = useStyles();
  return (
    <SidePanel
      title={item.target.displayName}
      label={`Request of ${item.requester.displayName} for ${item.target.displayName}`}
      bodyClassName={styles.body}
      onClose={onClose}
    >
      <RequestDetails item={item} rules={rules} now={now} />
      {/* Keyed by request so a reason typed for one request never carries over to the next. */}
      <DecisionForm
        key={item.id}
        justificationRequired={rules.approverJustificationRequired}
        busy={busy}
        approveLabel="Approve"
        denyLabel="Deny"
        onDecide={onDecide}
      />
      <RequesterHistory requester={item.requester} excludeId={item.id} now={now} />
    </SidePanel>
  );
}

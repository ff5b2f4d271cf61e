import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  makeStyles,
  OverlayDrawer,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
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
    <OverlayDrawer
      open
      position="end"
      size="medium"
      aria-label={`Request of ${item.requester.displayName} for ${item.target.displayName}`}
      onOpenChange={(_, data) => {
        if (!data.open) onClose();
      }}
    >
      <DrawerHeader>
        <DrawerHeaderTitle
          action={
            <Button
              appearance="subtle"
              aria-label="Close"
              icon={<DismissRegular />}
              onClick={onClose}
            />
          }
        >
          {item.target.displayName}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody className={styles.body}>
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
      </DrawerBody>
    </OverlayDrawer>
  );
}

import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { errorText } from '../components/error-text.ts';
import { HISTORY_DAYS, useApprovers, useMyHistory } from './get-my-history.ts';
import { MyHistoryTable } from './my-history-table.tsx';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
});

const PAGE = 25;

/**
 * The user's own recent requests, fetched when the section is opened (never on the first
 * screen's critical path): one `$batch` for both planes, then one per Graph version for the
 * approvers of the rows shown.
 */
export function MyHistorySection() {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const history = useMyHistory(open);
  const rows = (history.data ?? []).slice(0, shown);
  const approvers = useApprovers(rows, open);

  return (
    <Accordion
      collapsible
      openItems={open ? ['history'] : []}
      onToggle={(_, data) => {
        setOpen(data.openItems.includes('history'));
      }}
    >
      <AccordionItem value="history">
        <AccordionHeader as="h2" size="large" className={styles.heading}>
          My history
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <Text className={styles.muted}>
            Your requests of the last {HISTORY_DAYS} days: activations, deactivations, extensions,
            and what became of each.
          </Text>
          {history.isPending ? (
            <Spinner size="small" label="Loading your requests…" />
          ) : history.isError ? (
            <MessageBar intent="error">
              <MessageBarBody>
                <MessageBarTitle>Your requests could not be loaded.</MessageBarTitle>
                {errorText(history.error).body}
              </MessageBarBody>
              <MessageBarActions>
                <Button onClick={() => void history.refetch()}>Try again</Button>
              </MessageBarActions>
            </MessageBar>
          ) : history.data.length === 0 ? (
            <Text>You made no requests in the last {HISTORY_DAYS} days.</Text>
          ) : (
            <>
              {approvers.isError ? (
                <MessageBar intent="warning">
                  <MessageBarBody>
                    Approvers could not be loaded. {errorText(approvers.error).body}
                  </MessageBarBody>
                </MessageBar>
              ) : null}
              <MyHistoryTable rows={rows} approvers={approvers.data} />
              {history.data.length > shown ? (
                <Button
                  onClick={() => {
                    setShown((current) => current + PAGE);
                  }}
                >
                  Show more ({history.data.length - shown} older)
                </Button>
              ) : (
                <Badge appearance="ghost" color="informative">
                  {history.data.length === 1
                    ? '1 request'
                    : `${String(history.data.length)} requests`}
                </Badge>
              )}
            </>
          )}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

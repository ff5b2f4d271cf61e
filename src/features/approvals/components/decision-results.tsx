import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import { describeOutcome, outcomeTone, type DecisionOutcome } from '../domain/decision.ts';

export interface DecidedRow {
  id: string;
  label: string;
  outcome: DecisionOutcome;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'center' },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    maxHeight: '240px',
    overflowY: 'auto',
  },
});

const INTENT = { success: 'success', info: 'info', error: 'error' } as const;

/** Each decided request with its own outcome, announced politely once. */
export function DecisionResults({
  rows,
  onDismiss,
}: {
  rows: DecidedRow[];
  onDismiss: () => void;
}) {
  const styles = useStyles();
  const done = rows.filter((r) => outcomeTone(r.outcome) === 'success').length;
  return (
    <section className={styles.root} aria-label="Decision results">
      <div className={styles.header} role="status">
        <strong>
          {String(done)} of {String(rows.length)} decided
        </strong>
        <Button appearance="subtle" onClick={onDismiss}>
          Dismiss
        </Button>
      </div>
      <ul className={styles.list}>
        {rows.map((row) => (
          <li key={row.id}>
            <MessageBar intent={INTENT[outcomeTone(row.outcome)]}>
              <MessageBarBody>
                <MessageBarTitle>{row.label}</MessageBarTitle>
                <span>{describeOutcome(row.outcome)}</span>
              </MessageBarBody>
            </MessageBar>
          </li>
        ))}
      </ul>
    </section>
  );
}

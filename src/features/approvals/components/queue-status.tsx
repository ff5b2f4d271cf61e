import { Text, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export interface QueueStatusProps {
  /** Rows that match the filters. */
  shown: number;
  /** Requests still open for a decision. */
  open: number;
  timedOut: number;
  /** Open requests that time out within two hours. */
  urgent: number;
  /** The first read of a long queue is still paging in. */
  loadingMore: boolean;
  /** A complete queue is being read again in the background. */
  refreshing: boolean;
}

/** How many requests wait, how many the filters show, and whether more are on their way. */
export function QueueStatus(props: QueueStatusProps) {
  const { shown, open, timedOut, urgent, loadingMore, refreshing } = props;
  const styles = useStyles();
  const filtered = shown !== open;
  const counted = loadingMore
    ? filtered
      ? `${String(shown)} of ${String(open)} requests shown; loading more…`
      : `Loading more… ${String(open)} requests so far`
    : filtered
      ? `${String(shown)} of ${String(open)} requests shown`
      : `${String(open)} requests waiting`;
  const progress = refreshing && !loadingMore ? ' (checking for more…)' : '';
  const soon = urgent > 0 ? `; ${String(urgent)} time out within 2 hours` : '';
  const expired = timedOut > 0 ? `; ${String(timedOut)} timed out and were denied by PIM` : '';
  return (
    <span className={styles.root}>
      <Text role="status">{`${counted}${progress}${soon}${expired}`}</Text>
    </span>
  );
}

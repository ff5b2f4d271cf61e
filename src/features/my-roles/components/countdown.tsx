import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { IdleTooltip } from '../../../components/idle-tooltip.tsx';
import {
  describeRemaining,
  formatCountdown,
  remainingTime,
  type Urgency,
} from '../../../domain/countdown.ts';
import { useNow } from './use-now.ts';

const useStyles = makeStyles({
  time: { fontVariantNumeric: 'tabular-nums', cursor: 'default' },
  normal: { color: tokens.colorPaletteGreenForeground1 },
  warning: { color: tokens.colorPaletteMarigoldForeground1, fontWeight: tokens.fontWeightSemibold },
  critical: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  expired: { color: tokens.colorNeutralForeground3 },
  srOnly: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Time left on an active role. The visible digits tick every second; what assistive technology
 * reads is a minute-grained sentence with the end time, in no live region, so nothing is
 * announced per tick. The tooltip repeats start and end for the mouse only: a `description`
 * tooltip would stay mounted in a portal for every active row.
 */
export function Countdown({ start, end }: { start: Date | undefined; end: Date }) {
  const styles = useStyles();
  const now = useNow(1000);
  const remaining = remainingTime(end, now);
  const urgencyClass: Record<Urgency, string> = {
    normal: styles.normal,
    warning: styles.warning,
    critical: styles.critical,
    expired: styles.expired,
  };
  const period = `${start ? `Started ${dateTime.format(start)}. ` : ''}Ends ${dateTime.format(end)}.`;
  return (
    <IdleTooltip content={period} relationship="inaccessible">
      {/* Focusable so keyboard users can reach the start and end times too. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <span tabIndex={0}>
        <Text className={mergeClasses(styles.time, urgencyClass[remaining.urgency])} aria-hidden>
          {formatCountdown(remaining)}
        </Text>
        <span className={styles.srOnly}>{`${describeRemaining(remaining)}. ${period}`}</span>
      </span>
    </IdleTooltip>
  );
}

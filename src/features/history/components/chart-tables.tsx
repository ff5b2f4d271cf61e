import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import {
  OUTCOMES,
  type DayCount,
  type Ranked,
  type Turnaround,
} from '../model/chart-aggregations.ts';

const useStyles = makeStyles({
  caption: {
    textAlign: 'start',
    color: tokens.colorNeutralForeground2,
    paddingBlockEnd: tokens.spacingVerticalXS,
  },
  scroll: { maxHeight: '16rem', overflowY: 'auto' },
});

export function minutesText(ms: number): string {
  if (ms < 60 * 60_000) return `${String(Math.round(ms / 60_000))} min`;
  return `${(ms / 3_600_000).toFixed(1)} h`;
}

/** The stacked chart's numbers, newest day first. */
export function DailyTable({ days }: { days: readonly DayCount[] }) {
  const styles = useStyles();
  return (
    <div className={styles.scroll}>
      <Table size="extra-small" aria-label="Activations per day by outcome">
        <caption className={styles.caption}>The chart’s data, newest day first</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Day</TableHeaderCell>
            {OUTCOMES.map((o) => (
              <TableHeaderCell key={o}>{o}</TableHeaderCell>
            ))}
            <TableHeaderCell>Total</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {[...days].reverse().map((d) => (
            <TableRow key={d.day}>
              <TableCell>{d.day}</TableCell>
              {OUTCOMES.map((o) => (
                <TableCell key={o}>{d.byOutcome[o].toLocaleString()}</TableCell>
              ))}
              <TableCell>{d.total.toLocaleString()}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

export function RankTable({
  title,
  rows,
  label,
}: {
  title: string;
  rows: readonly Ranked[];
  label: string;
}) {
  const styles = useStyles();
  return (
    <Table size="extra-small" aria-label={title}>
      <caption className={styles.caption}>The chart’s data</caption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{label}</TableHeaderCell>
          <TableHeaderCell>Activations</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r, i) => (
          <TableRow key={`${r.name}-${String(i)}`}>
            <TableCell>{r.name}</TableCell>
            <TableCell>{r.count.toLocaleString()}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function TurnaroundTable({ turnaround }: { turnaround: Turnaround | undefined }) {
  const styles = useStyles();
  return (
    <Table size="extra-small" aria-label="Approval turnaround">
      <caption className={styles.caption}>The chart’s data</caption>
      <TableBody>
        <TableRow>
          <TableCell>Decided requests</TableCell>
          <TableCell>{turnaround ? turnaround.count.toLocaleString() : 'None'}</TableCell>
        </TableRow>
        <TableRow>
          <TableCell>Median</TableCell>
          <TableCell>{turnaround ? minutesText(turnaround.medianMs) : '—'}</TableCell>
        </TableRow>
        <TableRow>
          <TableCell>90th percentile</TableCell>
          <TableCell>{turnaround ? minutesText(turnaround.p90Ms) : '—'}</TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}

import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import {
  activationsPerDay,
  approvalTurnaround,
  mostActivatedRoles,
  mostActiveRequesters,
  OUTCOMES,
  type Outcome,
  type Ranked,
} from '../model/chart-aggregations.ts';
import type { HistoryRequest } from '../model/history-request.ts';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(22rem, 1fr))',
    gap: tokens.spacingHorizontalXXL,
  },
  caption: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    paddingBlockEnd: tokens.spacingVerticalS,
  },
  barCell: { width: '45%' },
  bar: {
    display: 'flex',
    height: '12px',
    borderRadius: tokens.borderRadiusSmall,
    overflow: 'hidden',
  },
  daily: { maxHeight: '24rem', overflowY: 'auto' },
});

/** Bars in theme colours; the numbers beside them are the accessible content. */
const OUTCOME_COLOURS: Record<Outcome, string> = {
  'Active or done': tokens.colorPaletteGreenBackground3,
  Pending: tokens.colorPaletteYellowBackground3,
  Denied: tokens.colorPaletteRedBackground3,
  Canceled: tokens.colorNeutralBackground5,
  Failed: tokens.colorPaletteDarkOrangeBackground3,
};

function minutes(ms: number): string {
  if (ms < 60 * 60_000) return `${String(Math.round(ms / 60_000))} min`;
  return `${(ms / 3_600_000).toFixed(1)} h`;
}

function RankTable({ title, rows, label }: { title: string; rows: Ranked[]; label: string }) {
  const styles = useStyles();
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <Table size="small" aria-label={title}>
      <caption className={styles.caption}>{title}</caption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{label}</TableHeaderCell>
          <TableHeaderCell>Activations</TableHeaderCell>
          <TableHeaderCell className={styles.barCell} aria-hidden />
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.name}>
            <TableCell>{r.name}</TableCell>
            <TableCell>{r.count.toLocaleString()}</TableCell>
            <TableCell aria-hidden>
              <div
                className={styles.bar}
                style={{
                  width: `${String((r.count / max) * 100)}%`,
                  background: tokens.colorBrandBackground,
                }}
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Charts of the rows shown on the Activation history tab, each a table with bars beside it. */
export function HistoryCharts({ rows }: { rows: readonly HistoryRequest[] }) {
  const styles = useStyles();
  const days = useMemo(() => activationsPerDay(rows).reverse(), [rows]);
  const roles = useMemo(() => mostActivatedRoles(rows), [rows]);
  const people = useMemo(() => mostActiveRequesters(rows), [rows]);
  const turnaround = useMemo(() => approvalTurnaround(rows), [rows]);
  const maxDay = Math.max(1, ...days.map((d) => d.total));
  if (days.length === 0) return <Text as="p">No activations among the shown requests.</Text>;
  return (
    <div className={styles.grid}>
      <div className={styles.daily}>
        <Table size="small" aria-label="Activations per day by outcome">
          <caption className={styles.caption}>Activations per day by outcome</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Day</TableHeaderCell>
              {OUTCOMES.map((o) => (
                <TableHeaderCell key={o}>{o}</TableHeaderCell>
              ))}
              <TableHeaderCell className={styles.barCell} aria-hidden />
            </TableRow>
          </TableHeader>
          <TableBody>
            {days.map((d) => (
              <TableRow key={d.day}>
                <TableCell>{d.day}</TableCell>
                {OUTCOMES.map((o) => (
                  <TableCell key={o}>{d.byOutcome[o]}</TableCell>
                ))}
                <TableCell aria-hidden>
                  <div
                    className={styles.bar}
                    style={{ width: `${String((d.total / maxDay) * 100)}%` }}
                  >
                    {OUTCOMES.map((o) => (
                      <span
                        key={o}
                        style={{ flexGrow: d.byOutcome[o], background: OUTCOME_COLOURS[o] }}
                      />
                    ))}
                  </div>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <RankTable title="Most activated roles and groups" rows={roles} label="Role or group" />
      <RankTable title="Most active requesters" rows={people} label="Requester" />
      <Table size="small" aria-label="Approval turnaround">
        <caption className={styles.caption}>Approval turnaround (request to decision)</caption>
        <TableBody>
          <TableRow>
            <TableCell>Decided requests</TableCell>
            <TableCell>{turnaround ? turnaround.count.toLocaleString() : 'None'}</TableCell>
          </TableRow>
          <TableRow>
            <TableCell>Median</TableCell>
            <TableCell>{turnaround ? minutes(turnaround.medianMs) : '—'}</TableCell>
          </TableRow>
          <TableRow>
            <TableCell>90th percentile</TableCell>
            <TableCell>{turnaround ? minutes(turnaround.p90Ms) : '—'}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </div>
  );
}

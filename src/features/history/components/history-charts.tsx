import {
  DataVizPalette,
  HorizontalBarChartWithAxis,
  VerticalStackedBarChart,
  type HorizontalBarChartWithAxisDataPoint,
  type VerticalStackedChartProps,
} from '@fluentui/react-charts';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useMemo, type ReactNode } from 'react';
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
import { DailyTable, RankTable, TurnaroundTable, minutesText } from './chart-tables.tsx';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(26rem, 1fr))',
    gap: tokens.spacingHorizontalXXL,
  },
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  wide: { gridColumn: '1 / -1' },
});

/** Semantic colours of the chart palette (they follow the theme, light or dark). */
const OUTCOME_COLOURS: Record<Outcome, string> = {
  'Active or done': DataVizPalette.success,
  Pending: DataVizPalette.warning,
  Denied: DataVizPalette.error,
  Canceled: DataVizPalette.disabled,
  Failed: DataVizPalette.color5,
};

/**
 * Bar thickness of the horizontal charts. Left to itself the library derives it from the measured
 * container, which is 0 on the first render (`CartesianChart` starts at height 0): every bar is
 * then drawn once with a negative height, which the browser reports as an invalid `<rect>`.
 */
const BAR_HEIGHT = 16;
const barsHeight = (bars: number) => Math.max(160, bars * 2 * BAR_HEIGHT + 60);

/** Chart labels are keys: namesakes (two people called the same) get a number each. */
function barsOf(rows: readonly Ranked[]): HorizontalBarChartWithAxisDataPoint[] {
  const seen = new Map<string, number>();
  return rows.map((r) => {
    const n = (seen.get(r.name) ?? 0) + 1;
    seen.set(r.name, n);
    const label = n === 1 ? r.name : `${r.name} (${String(n)})`;
    return {
      x: r.count,
      y: label,
      legend: label,
      xAxisCalloutData: label,
      yAxisCalloutData: `${r.count.toLocaleString()} activations`,
      callOutAccessibilityData: { ariaLabel: `${label}: ${r.count.toLocaleString()} activations` },
    };
  });
}

function Figure({ title, wide, children }: { title: string; wide?: boolean; children: ReactNode }) {
  const styles = useStyles();
  const id = `chart-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <figure
      className={wide ? `${styles.figure} ${styles.wide}` : styles.figure}
      aria-labelledby={id}
    >
      <Text as="h3" weight="semibold" size={400} id={id}>
        {title}
      </Text>
      {children}
    </figure>
  );
}

/**
 * Charts of the rows shown on the Activation history tab, drawn by Fluent's chart library; each
 * is titled and followed by the same numbers as a table (the accessible alternative).
 */
export function HistoryCharts({ rows }: { rows: readonly HistoryRequest[] }) {
  const days = useMemo(() => activationsPerDay(rows), [rows]);
  const roles = useMemo(() => mostActivatedRoles(rows), [rows]);
  const people = useMemo(() => mostActiveRequesters(rows), [rows]);
  const turnaround = useMemo(() => approvalTurnaround(rows), [rows]);
  const stacked = useMemo<VerticalStackedChartProps[]>(
    () =>
      days.map((d) => ({
        xAxisPoint: d.day,
        xAxisCalloutData: d.day,
        chartData: OUTCOMES.map((o) => ({
          legend: o,
          data: d.byOutcome[o],
          color: OUTCOME_COLOURS[o],
        })),
        stackCallOutAccessibilityData: { ariaLabel: `${d.day}: ${String(d.total)} activations` },
      })),
    [days],
  );
  const styles = useStyles();
  if (days.length === 0) return <Text as="p">No activations among the shown requests.</Text>;
  return (
    <div className={styles.grid}>
      <Figure title="Activations per day by outcome" wide>
        <VerticalStackedBarChart
          data={stacked}
          chartTitle="Activations per day by outcome"
          height={280}
          yAxisTitle="Activations"
          xAxisTitle="Day"
          barWidth="auto"
          hideLabels
          isCalloutForStack
          rotateXAxisLables
        />
        <DailyTable days={days} />
      </Figure>
      <Figure title="Most activated roles and groups">
        <HorizontalBarChartWithAxis
          data={barsOf(roles)}
          chartTitle="Most activated roles and groups"
          height={barsHeight(roles.length)}
          barHeight={BAR_HEIGHT}
          xAxisTitle="Activations"
          useSingleColor
          colors={[DataVizPalette.color1]}
          hideLegend
        />
        <RankTable title="Most activated roles and groups" rows={roles} label="Role or group" />
      </Figure>
      <Figure title="Most active requesters">
        <HorizontalBarChartWithAxis
          data={barsOf(people)}
          chartTitle="Most active requesters"
          height={barsHeight(people.length)}
          barHeight={BAR_HEIGHT}
          xAxisTitle="Activations"
          useSingleColor
          colors={[DataVizPalette.color2]}
          hideLegend
        />
        <RankTable title="Most active requesters" rows={people} label="Requester" />
      </Figure>
      <Figure title="Approval turnaround (request to decision)">
        {turnaround ? (
          <HorizontalBarChartWithAxis
            data={[
              { label: 'Median', ms: turnaround.medianMs },
              { label: '90th percentile', ms: turnaround.p90Ms },
            ].map(({ label, ms }) => ({
              x: Math.round(ms / 60_000),
              y: label,
              legend: label,
              yAxisCalloutData: minutesText(ms),
              callOutAccessibilityData: { ariaLabel: `${label}: ${minutesText(ms)}` },
            }))}
            chartTitle="Approval turnaround in minutes"
            height={180}
            barHeight={BAR_HEIGHT}
            xAxisTitle="Minutes"
            useSingleColor
            colors={[DataVizPalette.color3]}
            hideLegend
          />
        ) : null}
        <TurnaroundTable turnaround={turnaround} />
      </Figure>
    </div>
  );
}

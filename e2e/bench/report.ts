import type { FileSet } from './bundle.ts';

export interface BundleFigures {
  firstScreen: FileSet;
  routes: { name: string; files: FileSet }[];
}
import type { ScenarioResult } from './harness.ts';

export interface Budgets {
  myRolesFloorRatio: number;
  myRolesRoundTripsAfterToken: number;
  activate10RoundTrips: number;
  activate10Clicks: number;
  firstScreenJsGzipBytes: number;
  longestTaskMs: number;
  jsHeapBytes: number;
}

export function checkBudgets(
  results: readonly ScenarioResult[],
  bundle: BundleFigures,
  budgets: Budgets,
): string[] {
  const misses: string[] = [];
  if (bundle.firstScreen.files.length === 0) {
    misses.push('first-screen JavaScript: not measured (My roles did not load)');
  } else if (bundle.firstScreen.gzipBytes > budgets.firstScreenJsGzipBytes) {
    misses.push(
      `first-screen JavaScript ${kb(bundle.firstScreen.gzipBytes)} gzip > ${kb(budgets.firstScreenJsGzipBytes)}`,
    );
  }
  for (const r of results) {
    const m = r.median;
    if (!r.available || !m) continue;
    if (r.name.startsWith('My roles')) {
      if (r.ratio !== undefined && r.ratio > budgets.myRolesFloorRatio) {
        misses.push(`${r.name}: ${r.ratio.toFixed(2)} × floor > ${budgets.myRolesFloorRatio}`);
      }
      // One round trip, unless the API makes more unavoidable (paging, group policies).
      const allowed = Math.max(budgets.myRolesRoundTripsAfterToken, r.floorRoundTrips ?? 0);
      if (m.roundTrips > allowed) {
        misses.push(`${r.name}: ${m.roundTrips} Graph round trips > ${allowed}`);
      }
    }
    if (r.name === 'Activate 10 roles') {
      if (m.roundTrips > budgets.activate10RoundTrips) {
        misses.push(`${r.name}: ${m.roundTrips} round trips > ${budgets.activate10RoundTrips}`);
      }
      const clicks = m.extra?.clicks ?? 0;
      if (clicks > budgets.activate10Clicks) {
        misses.push(`${r.name}: ${clicks} clicks > ${budgets.activate10Clicks}`);
      }
    }
    if (r.name.includes('large') && m.longestTaskMs > budgets.longestTaskMs) {
      misses.push(
        `${r.name}: longest task ${m.longestTaskMs.toFixed(0)} ms > ${budgets.longestTaskMs} ms`,
      );
    }
    if (m.heapBytes !== undefined && m.heapBytes > budgets.jsHeapBytes) {
      misses.push(`${r.name}: JS heap ${mb(m.heapBytes)} > ${mb(budgets.jsHeapBytes)}`);
    }
  }
  return misses;
}

export function formatReport(
  results: readonly ScenarioResult[],
  bundle: BundleFigures,
  misses: readonly string[],
  latencyMs: number,
): string {
  const rows = [
    [
      'scenario',
      'median',
      'floor',
      '×floor',
      'Graph req',
      'round trips',
      'longest task',
      'JS heap',
    ],
  ];
  for (const r of results) {
    const m = r.median;
    rows.push(
      r.available && m
        ? [
            r.name,
            `${m.ms.toFixed(0)} ms`,
            `${r.floorMs ?? 0} ms`,
            r.ratio === undefined ? '–' : r.ratio.toFixed(2),
            String(m.graphRequests),
            String(m.roundTrips),
            `${m.longestTaskMs.toFixed(0)} ms`,
            m.heapBytes === undefined ? '–' : mb(m.heapBytes),
          ]
        : [r.name, `not available: ${r.reason ?? ''}`],
    );
  }
  const full = rows.filter((row) => row.length > 2);
  const widths =
    rows[0]?.map((_, i) => Math.max(...full.map((row) => (row[i] ?? '').length))) ?? [];
  const table = rows
    .map((row) =>
      row.length === 2 && row !== rows[0]
        ? `${(row[0] ?? '').padEnd(widths[0] ?? 0)}  ${row[1] ?? ''}`
        : row.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  '),
    )
    .join('\n');
  const lazy = bundle.routes
    .map(
      (r) =>
        `  ${r.name.padEnd(20)} ${kb(r.files.rawBytes).padStart(10)} raw ${kb(r.files.gzipBytes).padStart(10)} gzip (${r.files.files.length} files)`,
    )
    .join('\n');
  return [
    '',
    `Latency per Graph and identity request: ${latencyMs} ms`,
    table,
    '',
    `First-screen JavaScript: ${kb(bundle.firstScreen.rawBytes)} raw, ${kb(bundle.firstScreen.gzipBytes)} gzip (${bundle.firstScreen.files.length} files)`,
    ...results
      .filter((r) => r.median?.extra)
      .map(
        (r) =>
          `${r.name}: ${Object.entries(r.median?.extra ?? {})
            .map(([k, v]) => `${String(v)} ${k}`)
            .join(', ')}`,
      ),
    '',
    'JavaScript each other screen loads beyond the first:',
    lazy,
    '',
    misses.length
      ? `Budget misses:\n${misses.map((m) => `  ✗ ${m}`).join('\n')}`
      : 'All budgets met.',
    '',
  ].join('\n');
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

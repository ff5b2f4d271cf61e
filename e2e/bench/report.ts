import type { BundleFigures, FileSet } from './bundle.ts';
import type { ScenarioResult } from './harness.ts';

export interface Budgets {
  myRolesFloorRatio: number;
  myRolesRoundTripsAfterToken: number;
  activate10RoundTrips: number;
  activate10Clicks: number;
  firstScreenJsGzipBytes: number;
  redirectBridgeJsGzipBytes: number;
  longestTaskMs: number;
  jsHeapBytes: number;
}

export function checkBudgets(
  results: readonly ScenarioResult[],
  bundle: BundleFigures | undefined,
  budgets: Budgets,
): string[] {
  const misses: string[] = [];
  // Skipped by --only: nothing to compare. Measured but empty: the first screen did not load.
  if (bundle && bundle.firstScreen.files.length === 0) {
    misses.push(`first-screen JavaScript: not available (${bundle.reason ?? 'nothing loaded'})`);
  } else if (bundle && bundle.firstScreen.gzipBytes > budgets.firstScreenJsGzipBytes) {
    misses.push(
      `first-screen JavaScript ${kb(bundle.firstScreen.gzipBytes)} gzip > ${kb(budgets.firstScreenJsGzipBytes)}`,
    );
  }
  if (
    bundle?.redirectBridge &&
    bundle.redirectBridge.gzipBytes > budgets.redirectBridgeJsGzipBytes
  ) {
    misses.push(
      `redirect bridge JavaScript ${kb(bundle.redirectBridge.gzipBytes)} gzip > ${kb(budgets.redirectBridgeJsGzipBytes)}`,
    );
  }
  for (const r of results) {
    const m = r.median;
    // A scenario that cannot run is never a pass.
    if (!r.available) misses.push(`${r.name}: not available (${r.reason ?? 'no reason given'})`);
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
  bundle: BundleFigures | undefined,
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
  return [
    '',
    `Latency per Graph and identity request: ${latencyMs} ms`,
    table,
    '',
    ...results
      .filter((r) => r.median?.extra)
      .map(
        (r) =>
          `${r.name}: ${Object.entries(r.median?.extra ?? {})
            .map(([k, v]) => `${String(v)} ${k}`)
            .join(', ')}`,
      ),
    '',
    ...(bundle ? formatBundle(bundle) : ['JavaScript: not measured (skipped by --only)']),
    '',
    misses.length
      ? `Budget misses:\n${misses.map((m) => `  ✗ ${m}`).join('\n')}`
      : 'All budgets met.',
    '',
  ].join('\n');
}

function formatBundle(bundle: BundleFigures): string[] {
  const line = (name: string, set: FileSet): string =>
    `  ${name.padEnd(22)} ${kb(set.rawBytes).padStart(10)} raw ${kb(set.gzipBytes).padStart(10)} gzip (${String(set.files.length)} files)`;
  return [
    'JavaScript the browser fetched (each file gzipped on its own, level 9):',
    line('First screen (My roles)', bundle.firstScreen),
    ...(bundle.firstScreen.perFile ?? []).map(
      (f) => `      ${kb(f.gzipBytes).padStart(10)}  ${f.file}`,
    ),
    ...(bundle.signedOut ? [line('Signed-out page', bundle.signedOut)] : []),
    ...(bundle.redirectBridge ? [line('Redirect bridge', bundle.redirectBridge)] : []),
    ...bundle.routes.map((r) => line(`+ ${r.name}`, r.files)),
  ];
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

/**
 * `npm run bench [-- --strict] [--latency=100] [--runs=5] [--only=history,bundle]`: builds the
 * app, serves it with the emulator (`vite preview`), and measures round trips, time, bundle size
 * and memory. Benchmarks are not tests: a budget miss is printed; only --strict turns it (or a
 * scenario that could not run) into a failure. `--only` runs the scenarios whose names contain
 * one of the words (case-insensitive); "bundle" names the JavaScript measurement.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { measureScreens, type BundleFigures } from './bundle.ts';
import { Controls, launch, type ScenarioResult } from './harness.ts';
import { OPEN_SCENARIOS, runOpenScenario } from './scenarios.ts';
import { runActivateScenario } from './activate-scenario.ts';
import { runApprovalsScenario } from './approvals-scenario.ts';
import { runHistoryScenario } from './history-scenario.ts';
import { checkBudgets, formatReport, type Budgets } from './report.ts';

const VALUED = new Set(['latency', 'runs', 'only']);

/** `--key=value`, `--key value` (for the options that take one) or a bare `--flag`. */
function parseArgs(argv: readonly string[]): Map<string, string> {
  const parsed = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 1) {
    const [key = '', value] = (argv[i] ?? '').replace(/^--/, '').split('=');
    const next = argv[i + 1];
    if (value !== undefined) parsed.set(key, value);
    else if (VALUED.has(key) && next !== undefined && !next.startsWith('--')) {
      parsed.set(key, next);
      i += 1;
    } else parsed.set(key, 'true');
  }
  return parsed;
}
const args = parseArgs(process.argv.slice(2));
const strict = args.has('strict');
const latencyMs = Number(args.get('latency') ?? 100);
const runs = Number(args.get('runs') ?? 5);
const port = Number(process.env.BENCH_PORT ?? 5198);
const only = (args.get('only') ?? '')
  .split(',')
  .map((w) => w.trim().toLowerCase())
  .filter(Boolean);
const wanted = (name: string): boolean =>
  only.length === 0 || only.some((w) => name.toLowerCase().includes(w));
// Approvals and History have their own multi-step scenarios (approvals-scenario.ts,
// history-scenario.ts); the simple cold opens of scenarios.ts would repeat their first step.
const OWN_FILES = new Set(['Approvals, large', 'History, large']);
const root = path.resolve(import.meta.dirname, '../..');
const origin = `https://localhost:${port}`;
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; // the local, self-signed certificate

const vite = path.join(root, 'node_modules/vite/bin/vite.js');
console.log('bench: building the app…');
const build = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

console.log(`bench: serving on ${origin} with ${latencyMs} ms latency per request…`);
let stopping = false;
const server = spawn(process.execPath, [vite, 'preview', '--port', String(port), '--strictPort'], {
  cwd: root,
  // Errors of the server (and so of the emulator) show on the terminal: a crash under load
  // would otherwise look like a scenario that "could not fetch".
  stdio: ['ignore', 'ignore', 'inherit'],
});
server.on('exit', (code, signal) => {
  if (!stopping) console.error(`bench: the preview server stopped (${String(code ?? signal)})`);
});
const results: ScenarioResult[] = [];
let bundle: BundleFigures | undefined;
try {
  await waitForServer(`${origin}/emulator/_control/info`);
  const controls = new Controls(origin);
  const browser = await launch();
  try {
    if (wanted('bundle')) {
      console.log('bench: JavaScript per screen…');
      bundle = await measureScreens(browser, origin, controls, path.join(root, 'dist'));
    }
    const options = { origin, latencyMs, runs, controls };
    for (const scenario of OPEN_SCENARIOS) {
      if (OWN_FILES.has(scenario.name) || !wanted(scenario.name)) continue;
      console.log(`bench: ${scenario.name}…`);
      results.push(await runOpenScenario(browser, scenario, options));
    }
    if (wanted('Activate 10 roles')) {
      console.log('bench: Activate 10 roles…');
      results.push(await runActivateScenario(browser, options));
    }
    if (wanted('Approvals, large')) {
      console.log('bench: Approvals, large…');
      results.push(...(await runApprovalsScenario(browser, options)));
    }
    if (wanted('History, large')) {
      console.log('bench: History, large…');
      results.push(...(await runHistoryScenario(browser, options)));
    }
  } finally {
    await browser.close();
  }
} finally {
  stopping = true;
  server.kill();
}

const budgets = JSON.parse(
  await readFile(path.join(import.meta.dirname, 'budgets.json'), 'utf8'),
) as Budgets;
const misses = checkBudgets(results, bundle, budgets);
console.log(formatReport(results, bundle, misses, latencyMs));
await writeFile(
  path.join(root, 'bench-results.json'),
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, node: process.version, platform: process.platform },
      latencyMs,
      runs,
      bundle,
      scenarios: results,
      budgets,
      misses,
    },
    null,
    2,
  )}\n`,
);
console.log('bench: wrote bench-results.json');
if (strict && misses.length > 0) process.exit(1);

async function waitForServer(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`bench: the preview server did not answer at ${url}`);
}

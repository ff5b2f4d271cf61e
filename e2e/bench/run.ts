/**
 * `npm run bench [-- --strict] [--latency=100] [--runs=5]`: builds the app, serves it with the
 * emulator (`vite preview`), and measures round trips, time, bundle size and memory.
 * Benchmarks are not tests: a budget miss is printed; only --strict turns it into a failure.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { measureFiles, type FileSet } from './bundle.ts';
import { Controls, launch, type ScenarioResult } from './harness.ts';
import { OPEN_SCENARIOS, runOpenScenario } from './scenarios.ts';
import { runActivateScenario } from './activate-scenario.ts';
import { checkBudgets, formatReport, type Budgets } from './report.ts';

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k = '', v = 'true'] = a.replace(/^--/, '').split('=');
    return [k, v] as const;
  }),
);
const strict = args.has('strict');
const latencyMs = Number(args.get('latency') ?? 100);
const runs = Number(args.get('runs') ?? 5);
const port = Number(process.env.BENCH_PORT ?? 5198);
/** `--only=my-roles` runs the scenarios whose name contains it (case-insensitive), e.g. while tuning one screen. */
const only = args.get('only')?.toLowerCase();
const wanted = (name: string): boolean => !only || name.toLowerCase().includes(only);
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
const server = spawn(process.execPath, [vite, 'preview', '--port', String(port), '--strictPort'], {
  cwd: root,
  stdio: 'ignore',
});
const results: ScenarioResult[] = [];
try {
  await waitForServer(`${origin}/emulator/_control/info`);
  const controls = new Controls(origin);
  const browser = await launch();
  try {
    for (const scenario of OPEN_SCENARIOS.filter((s) => wanted(s.name))) {
      console.log(`bench: ${scenario.name}…`);
      results.push(await runOpenScenario(browser, scenario, { origin, latencyMs, runs, controls }));
    }
    if (wanted('Activate 10 roles')) {
      console.log('bench: Activate 10 roles…');
      results.push(await runActivateScenario(browser, { origin, latencyMs, runs, controls }));
    }
  } finally {
    await browser.close();
  }
} finally {
  server.kill();
}

// The first screen is My roles (where sign-in lands); each other screen's own JavaScript is
// what it loaded beyond that: measured from what the browser fetched, not guessed from the build.
const dist = path.join(root, 'dist');
const scriptsOf = (name: string): string[] => results.find((r) => r.name === name)?.scripts ?? [];
const firstScreenFiles = scriptsOf('My roles, cold');
const firstScreen = await measureFiles(dist, firstScreenFiles);
const routes: { name: string; files: FileSet }[] = [];
for (const name of ['Approvals, large', 'History, large']) {
  const own = scriptsOf(name).filter((f) => !firstScreenFiles.includes(f));
  if (own.length > 0) routes.push({ name, files: await measureFiles(dist, own) });
}
const bundle = { firstScreen, routes };

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

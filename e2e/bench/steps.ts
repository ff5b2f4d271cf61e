import type { Browser, Page } from '@playwright/test';
import {
  countRoundTrips,
  longestTask,
  median,
  observeLongTasks,
  resetLongTasks,
  signIn,
  type Controls,
  type LogEntry,
  type Measurement,
  type ScenarioResult,
} from './harness.ts';

export interface StepOptions {
  origin: string;
  latencyMs: number;
  runs: number;
  controls: Controls;
}

/** A signed-in page in a fresh context whose long tasks are recorded from the first script. */
export async function signedInPage(
  browser: Browser,
  options: StepOptions,
  persona: string,
  route: string,
): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, baseURL: options.origin });
  await observeLongTasks(context);
  const page = await context.newPage();
  await signIn(page, persona, route);
  return { page, close: () => context.close() };
}

/**
 * Times one user step: clears the emulator's log and the long tasks, runs the step, and reads
 * back what Graph received and the longest task the step caused.
 */
export async function timeStep(
  page: Page,
  options: StepOptions,
  step: () => Promise<void>,
  inspect?: (log: LogEntry[]) => void,
): Promise<Measurement> {
  const since = await options.controls.clearRequests();
  await resetLongTasks(page);
  const started = Date.now();
  await step();
  const ms = Date.now() - started;
  const graph = await options.controls.requests(since);
  inspect?.(graph);
  return {
    ms,
    graphRequests: graph.length,
    roundTrips: countRoundTrips(graph, options.latencyMs),
    longestTaskMs: await longestTask(page),
  };
}

/** Reloads the screen with the browser cache off, `runs` times; the medians of each figure. */
export async function timeColdOpens(
  page: Page,
  options: StepOptions,
  ready: () => Promise<void>,
): Promise<Measurement> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const all: Measurement[] = [];
  for (let i = 0; i < options.runs; i += 1) {
    all.push(
      await timeStep(page, options, async () => {
        await page.reload();
        await ready();
      }),
    );
  }
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  await cdp.detach();
  const pick = (f: (m: Measurement) => number): number => median(all.map(f));
  return {
    ms: pick((m) => m.ms),
    graphRequests: pick((m) => m.graphRequests),
    roundTrips: pick((m) => m.roundTrips),
    longestTaskMs: pick((m) => m.longestTaskMs),
  };
}

/**
 * The longest chain of pages of one list in a log: each page needs the previous page's
 * `@odata.nextLink`, so these requests cannot overlap whatever the client does.
 */
export function longestPageChain(log: readonly LogEntry[]): number {
  const counts = new Map<string, number>();
  for (const entry of log) {
    const paths = entry.items ? entry.items.map((i) => i.url.split('?')[0] ?? '') : [entry.path];
    for (const p of paths) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  return Math.max(0, ...counts.values());
}

/** A result row; the floor is the unavoidable sequential round trips × the latency. */
export function resultOf(
  name: string,
  measurement: Measurement,
  floorRoundTrips: number,
  latencyMs: number,
  runs = 1,
): ScenarioResult {
  const floorMs = floorRoundTrips * latencyMs;
  return {
    name,
    available: true,
    runs,
    median: measurement,
    floorMs,
    ...(floorMs > 0 ? { ratio: measurement.ms / floorMs } : {}),
  };
}

export function notAvailable(name: string, error: unknown): ScenarioResult {
  return {
    name,
    available: false,
    reason: String(error instanceof Error ? error.message : error).split('\n')[0] ?? '',
  };
}

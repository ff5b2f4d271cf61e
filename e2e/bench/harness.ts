import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from '@playwright/test';

export interface LogEntry {
  method: string;
  path: string;
  status: number;
  at: string;
  batchItems?: number;
  items?: { method: string; url: string; status: number }[];
}

export interface Measurement {
  ms: number;
  graphRequests: number;
  roundTrips: number;
  longestTaskMs: number;
  heapBytes?: number;
  extra?: Record<string, number>;
}

export interface ScenarioResult {
  name: string;
  /** The JavaScript files (relative to dist) the screen loaded on a cold open. */
  scripts?: string[];
  available: boolean;
  reason?: string;
  runs?: number;
  median?: Measurement;
  floorMs?: number;
  /** The sequential round trips the API makes unavoidable (floorMs / latency). */
  floorRoundTrips?: number;
  ratio?: number;
}

export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: LAUNCH_ARGS });
}

/** Talks to the emulator's controls (never to Graph: benchmarks read what Graph received). */
export class Controls {
  constructor(private readonly origin: string) {}

  private async call(method: string, path: string, body?: unknown): Promise<unknown> {
    const init: RequestInit = {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    };
    // A busy server can drop a connection; a control call is set-up, not a measurement, so it
    // is tried again (twice) before the scenario gives up.
    let response: Response | undefined;
    for (let attempt = 0; !response; attempt += 1) {
      try {
        response = await fetch(`${this.origin}/emulator/_control/${path}`, init);
      } catch (error) {
        if (attempt >= 2) {
          const cause =
            error instanceof Error && error.cause instanceof Error
              ? ` (${error.cause.message})`
              : '';
          throw new Error(`control ${method} ${path}: ${String(error)}${cause}`);
        }
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
    if (!response.ok) throw new Error(`control ${method} ${path}: HTTP ${response.status}`);
    const text = await response.text();
    return text ? (JSON.parse(text) as unknown) : undefined;
  }

  reset(scenario: string): Promise<unknown> {
    return this.call('POST', 'reset', { scenario });
  }
  latency(ms: number): Promise<unknown> {
    return this.call('POST', 'latency', { graphMs: ms, identityMs: ms });
  }
  /** Empties the request log; returns the emulator's time just after, for `requests(since)`. */
  async clearRequests(): Promise<number> {
    await this.call('DELETE', 'requests');
    const clock = (await this.call('GET', 'clock')) as { now: string };
    return Date.parse(clock.now);
  }
  /**
   * What Graph received. A request is logged when it is answered, with the time it arrived: one
   * still in flight from before the log was cleared (a page's row lookups, answered seconds
   * later in the large tenant, after the next step began) is left out with `since`.
   */
  async requests(since = -Infinity): Promise<LogEntry[]> {
    const body = (await this.call('GET', 'requests')) as { requests: LogEntry[] };
    return body.requests.filter((entry) => Date.parse(entry.at) >= since);
  }
}

/**
 * Sequential round trips in a request log: requests that arrive within one latency of the
 * first of a wave were in flight together; a request that arrives later waited for another.
 */
export function countRoundTrips(entries: readonly LogEntry[], latencyMs: number): number {
  const times = entries.map((e) => Date.parse(e.at)).sort((a, b) => a - b);
  let waves = 0;
  let waveStart = -Infinity;
  for (const t of times) {
    if (t - waveStart >= latencyMs * 0.8) {
      waves += 1;
      waveStart = t;
    }
  }
  return waves;
}

/** Records long tasks from the page's first script on. */
export async function observeLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

export async function longestTask(page: Page): Promise<number> {
  return page.evaluate(() => {
    const tasks = (window as unknown as { __longTasks?: number[] }).__longTasks ?? [];
    return tasks.length ? Math.max(...tasks) : 0;
  });
}

export async function resetLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __longTasks: number[] }).__longTasks = [];
  });
}

export async function jsHeapBytes(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usage.usedSize;
}

export async function signIn(page: Page, displayName: string, path = '/'): Promise<void> {
  await page.goto(path);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: `Sign in as ${displayName}` }).click();
  await page.getByRole('banner').getByText(displayName).waitFor();
}

/**
 * Resolves once `check` holds, asking every 10 ms. Playwright's own waits (`locator.waitFor`)
 * back off to 500 ms between checks after the first 270 ms, which rounds a cold open's figure
 * up to the next step (a screen ready at 500 ms was seen at about 800).
 */
export async function until(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not reached within ${String(timeoutMs)} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Scrolls a grid's scroll container by whole viewports, two animation frames per step, so the
 * long-task observer sees what each step costs. Finds the container inside or around the grid.
 */
export async function scrollGrid(grid: Locator, steps: number): Promise<number> {
  // No named functions in here: tsx would wrap them in a helper the page does not have.
  return grid.evaluate(async (el, count) => {
    const candidates: Element[] = [el, ...el.querySelectorAll('*')];
    for (let p = el.parentElement; p; p = p.parentElement) candidates.push(p);
    let box: HTMLElement | undefined;
    for (const n of candidates) {
      if (
        n instanceof HTMLElement &&
        /(auto|scroll)/.test(getComputedStyle(n).overflowY) &&
        n.scrollHeight > n.clientHeight + 4
      ) {
        box = n;
        break;
      }
    }
    if (!box) throw new Error('no scroll container in or around the grid');
    let moved = 0;
    for (let i = 0; i < count && box.scrollTop + box.clientHeight < box.scrollHeight; i += 1) {
      box.scrollTop += box.clientHeight;
      moved += 1;
      await new Promise<void>((resolve) => {
        requestAnimationFrame(() => {
          requestAnimationFrame(() => {
            resolve();
          });
        });
      });
    }
    return moved;
  }, steps);
}

/** Counts of an "N of M …" status line, e.g. "50 of 1,200 loaded requests shown". */
export function countsOf(text: string): number[] {
  return [...text.matchAll(/\d[\d,]*/g)].map((m) => Number(m[0].replaceAll(',', '')));
}

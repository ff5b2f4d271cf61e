import type { Browser, Page } from '@playwright/test';
import { myRolesFloor } from './my-roles-floor.ts';
import {
  countRoundTrips,
  jsHeapBytes,
  longestTask,
  median,
  observeLongTasks,
  resetLongTasks,
  signIn,
  until,
  type Controls,
  type Measurement,
  type ScenarioResult,
} from './harness.ts';

export interface BenchOptions {
  origin: string;
  latencyMs: number;
  runs: number;
  controls: Controls;
}

interface Scenario {
  name: string;
  /** The emulator scenario it needs. */
  seed: string;
  persona: string;
  /** Sequential round trips the API makes unavoidable, for the floor. */
  floorRoundTrips: number;
  /** When the floor depends on the tenant: asked of the API after the reset. */
  floor?: (origin: string) => Promise<number>;
  /** The route and whether the screen has landed (else: "not available"). */
  route: string;
  ready: (page: Page) => Promise<boolean>;
  /** Whether the first rows show, before the screen is complete: reported as `firstRowsMs`. */
  firstRows?: (page: Page) => Promise<boolean>;
}

/** The signed-in shell shows the user's name. */
const shellReady =
  (name: string) =>
  (page: Page): Promise<boolean> =>
    page.getByRole('banner').getByText(name).isVisible();

const gridReady =
  (label: RegExp) =>
  (page: Page): Promise<boolean> =>
    page.getByRole('grid', { name: label }).getByRole('row').nth(1).isVisible();

/** The first role is drawn (a long list shows its first page while the rest loads). */
const myRolesFirstRows = (page: Page): Promise<boolean> =>
  page
    .getByRole('grid', { name: /eligible roles/i })
    .getByRole('row')
    .nth(1)
    .isVisible();

/**
 * My roles is ready when its list is drawn and no policy is still on its way: the grid is
 * `aria-busy` while group policies (a second round trip) fill in.
 */
const myRolesReady = async (page: Page): Promise<boolean> => {
  const grid = page.getByRole('grid', { name: /eligible roles/i });
  return (
    (await grid.getByRole('row').nth(1).isVisible()) &&
    (await grid.and(page.locator(':not([aria-busy="true"])')).isVisible())
  );
};

/**
 * Cold-open scenarios: a signed-in session with cached tokens; reload with the browser cache
 * disabled and time until the screen is interactive. The token and sign-in are not counted in
 * round trips that are "after the token": only Graph requests are.
 */
export const OPEN_SCENARIOS: Scenario[] = [
  {
    name: 'Shell, cold',
    seed: 'default',
    persona: 'Adele Vance',
    floorRoundTrips: 0,
    route: '/',
    ready: shellReady('Adele Vance'),
  },
  {
    name: 'My roles, cold',
    seed: 'default',
    persona: 'Adele Vance',
    floorRoundTrips: 1,
    floor: (origin) => myRolesFloor(origin, 'Adele Vance'),
    route: '/',
    ready: myRolesReady,
    firstRows: myRolesFirstRows,
  },
  {
    name: 'My roles, large',
    seed: 'large',
    persona: 'Adele Vance',
    floorRoundTrips: 1,
    floor: (origin) => myRolesFloor(origin, 'Adele Vance'),
    route: '/',
    ready: myRolesReady,
    firstRows: myRolesFirstRows,
  },
  {
    name: 'Approvals, large',
    seed: 'large',
    persona: 'Megan Bowen',
    floorRoundTrips: 1,
    route: '/approvals',
    ready: gridReady(/requests waiting/i),
  },
  {
    name: 'History, large',
    seed: 'large',
    persona: 'Alex Wilber',
    floorRoundTrips: 1,
    route: '/history',
    ready: gridReady(/activation history/i),
  },
];

export async function runOpenScenario(
  browser: Browser,
  scenario: Scenario,
  options: BenchOptions,
): Promise<ScenarioResult> {
  const { controls, latencyMs, runs } = options;
  await controls.reset(scenario.seed);
  const floorRoundTrips = scenario.floor
    ? await scenario.floor(options.origin)
    : scenario.floorRoundTrips;
  await controls.latency(latencyMs);
  const context = await browser.newContext({ ignoreHTTPSErrors: true, baseURL: options.origin });
  await observeLongTasks(context);
  const page = await context.newPage();
  try {
    await signIn(page, scenario.persona, scenario.route);
    try {
      await until(() => scenario.ready(page));
    } catch {
      return {
        name: scenario.name,
        available: false,
        reason: `the screen at ${scenario.route} has not landed yet`,
      };
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const measurements: Measurement[] = [];
    const scripts = new Set<string>();
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin === options.origin && url.pathname.endsWith('.js')) {
        scripts.add(url.pathname.slice(1));
      }
    });
    for (let i = 0; i < runs; i += 1) {
      const since = await controls.clearRequests();
      const started = Date.now();
      await page.reload();
      let firstRowsMs: number | undefined;
      const { firstRows } = scenario;
      if (firstRows) {
        await until(() => firstRows(page));
        firstRowsMs = Date.now() - started;
      }
      await until(() => scenario.ready(page));
      const ms = Date.now() - started;
      const graph = await controls.requests(since);
      measurements.push({
        ms,
        graphRequests: graph.length,
        roundTrips: countRoundTrips(graph, latencyMs),
        longestTaskMs: await longestTask(page),
        ...(firstRowsMs === undefined ? {} : { extra: { firstRowsMs } }),
      });
      await resetLongTasks(page);
    }
    const heapBytes = await jsHeapBytes(page);
    const pick = (f: (m: Measurement) => number): number => median(measurements.map(f));
    const floorMs = floorRoundTrips * latencyMs;
    const medianMs = pick((m) => m.ms);
    return {
      name: scenario.name,
      available: true,
      scripts: [...scripts],
      runs,
      median: {
        ms: medianMs,
        graphRequests: pick((m) => m.graphRequests),
        roundTrips: pick((m) => m.roundTrips),
        longestTaskMs: pick((m) => m.longestTaskMs),
        heapBytes,
        ...(scenario.firstRows
          ? { extra: { firstRowsMs: pick((m) => m.extra?.firstRowsMs ?? 0) } }
          : {}),
      },
      floorMs,
      floorRoundTrips,
      ...(floorMs > 0 ? { ratio: medianMs / floorMs } : {}),
    };
  } finally {
    await context.close();
  }
}

import type { Browser } from '@playwright/test';
import {
  countRoundTrips,
  longestTask,
  observeLongTasks,
  resetLongTasks,
  signIn,
  type ScenarioResult,
} from './harness.ts';
import type { BenchOptions } from './scenarios.ts';

const NAME = 'Activate 10 roles';
const JUSTIFICATION = 'Quarterly access review, change 4711';
/**
 * In the `large` tenant this search shows exactly the five reader roles at the two Contoso
 * application scopes: Global Reader asks for a justification, the others for nothing, none
 * for a ticket, MFA, an authentication context or approval.
 */
const SEARCH = 'reader contoso';

interface Timing {
  clickAt: number;
  sentAt: number;
  repliedAt: number;
  drawnAt: number;
}

/**
 * Runs in the page before the submit click: notes the click's own time stamp, the moment the
 * given number of outcomes is in the DOM, and when the `$batch` sent after the click answered
 * (resource timing). Timed in the page, so the figure holds no Playwright polling.
 */
function watchOutcomes(count: number): void {
  const w = window as unknown as { __outcomes: Timing };
  w.__outcomes = { clickAt: 0, sentAt: 0, repliedAt: 0, drawnAt: 0 };
  document.addEventListener(
    'click',
    (event) => {
      w.__outcomes.clickAt = event.timeStamp;
    },
    { capture: true, once: true },
  );
  const observer = new MutationObserver(() => {
    const region = document.querySelector('section[aria-label="Activation results"]');
    if (!region || region.querySelectorAll('.fui-MessageBar').length < count) return;
    w.__outcomes.drawnAt = performance.now();
    const batch = performance
      .getEntriesByType('resource')
      .find((e) => e.name.endsWith('/$batch') && e.startTime >= w.__outcomes.clickAt);
    w.__outcomes.sentAt = batch ? batch.startTime : 0;
    w.__outcomes.repliedAt = batch ? (batch as PerformanceResourceTiming).responseEnd : 0;
    observer.disconnect();
  });
  observer.observe(document.body, { subtree: true, childList: true });
}

/**
 * Activate 10 roles with one justification, as a user would: "/" to the search box, type the
 * search, select all shown roles, open the form, type the justification once, submit. Time from
 * the submit click until every outcome is drawn, measured in the page (`watchOutcomes`); round trips and writes from the emulator's log;
 * clicks and keystrokes as the story needed. One run: activation changes the tenant.
 */
export async function runActivateScenario(
  browser: Browser,
  options: BenchOptions,
): Promise<ScenarioResult> {
  const { controls, latencyMs } = options;
  await controls.reset('large');
  await controls.latency(latencyMs);
  const context = await browser.newContext({ ignoreHTTPSErrors: true, baseURL: options.origin });
  await observeLongTasks(context);
  const page = await context.newPage();
  try {
    await signIn(page, 'Adele Vance', '/');
    const grid = page.getByRole('grid', { name: 'Eligible roles' });
    try {
      await grid.getByRole('row').nth(1).waitFor();
      // The story starts on the whole list (a long one shows its first page while the rest loads).
      await grid.and(page.locator(':not([aria-busy="true"])')).waitFor();
    } catch {
      return { name: NAME, available: false, reason: 'the My roles list did not load' };
    }
    await page.mouse.move(0, 0);
    let clicks = 0;
    let keystrokes = 0;
    await page.keyboard.press('/');
    keystrokes += 1;
    await page.keyboard.type(SEARCH);
    keystrokes += SEARCH.length;
    // Ten rows plus the header: the search has landed (the list follows the box deferred).
    await grid.getByRole('row').nth(10).waitFor();
    await grid.getByRole('row').nth(11).waitFor({ state: 'detached' });
    await grid.getByRole('checkbox', { name: 'Select all roles shown' }).click();
    clicks += 1;
    await page.getByRole('button', { name: 'Activate (10)' }).click();
    clicks += 1;
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /Justification/ }).pressSequentially(JUSTIFICATION);
    keystrokes += JUSTIFICATION.length;
    await controls.clearRequests();
    await resetLongTasks(page);
    await page.evaluate(watchOutcomes, 10);
    await dialog.getByRole('button', { name: 'Activate 10 roles' }).click();
    clicks += 1;
    const results = page.getByRole('region', { name: 'Activation results' });
    await results
      .getByText(/is active\.|is being activated\.|waits for approval|Code:/)
      .nth(9)
      .waitFor();
    const ended = Date.now();
    const timing = await page.evaluate(
      () => (window as unknown as { __outcomes: Timing }).__outcomes,
    );
    const ms = timing.drawnAt - timing.clickAt;
    const failed = await results.getByText(/Code:/).count();
    // What Graph received until every outcome was shown (not the refresh that follows).
    const seen = (await controls.requests()).filter((e) => Date.parse(e.at) <= ended);
    // The outcomes come from the POSTs' replies. The list refresh those replies trigger reaches
    // the emulator before the outcomes are drawn, but nothing waits for it: it is counted apart.
    const carriesPost = (e: (typeof seen)[number]): boolean =>
      e.items ? e.items.some((i) => i.method === 'POST') : e.method === 'POST';
    const lastPost = seen.findLastIndex(carriesPost);
    const log = seen.slice(0, lastPost + 1);
    const posts = log.reduce(
      (n, e) =>
        n +
        (e.items ? e.items.filter((i) => i.method === 'POST').length : e.method === 'POST' ? 1 : 0),
      0,
    );
    return {
      name: NAME,
      available: true,
      runs: 1,
      median: {
        ms,
        graphRequests: log.length,
        roundTrips: countRoundTrips(log, latencyMs),
        longestTaskMs: await longestTask(page),
        extra: {
          clicks,
          keystrokes,
          posts,
          failed,
          refreshRequests: seen.length - log.length,
          // The app's own share: click to the batch leaving, and its answer to the outcomes
          // drawn; in between, Graph (here the emulator, with its latency) is at work.
          beforeSendMs: Math.round(timing.sentAt - timing.clickAt),
          graphMs: Math.round(timing.repliedAt - timing.sentAt),
          afterReplyMs: Math.round(timing.drawnAt - timing.repliedAt),
        },
      },
      floorMs: latencyMs,
      ratio: ms / latencyMs,
    };
  } catch (error) {
    return {
      name: NAME,
      available: false,
      reason: `the story failed: ${String(error).split('\n')[0] ?? ''}`,
    };
  } finally {
    await context.close();
  }
}

import type { Browser } from '@playwright/test';
import { countsOf, jsHeapBytes, scrollGrid, type ScenarioResult } from './harness.ts';
import {
  longestPageChain,
  notAvailable,
  resultOf,
  signedInPage,
  timeColdOpens,
  timeStep,
  type StepOptions,
} from './steps.ts';

const NAME = 'Approvals, large';
/** Viewports scrolled in the scroll step (the whole queue of 5,000 is about 390). */
const SCROLL_STEPS = 100;

/**
 * Megan's queue with 5,000 pending requests (emulator scenario `large`): cold open until the
 * first rows show (and until the whole queue is counted), typing a requester's name into the
 * search, and scrolling the grid; the longest task of each step and the JS heap at the end.
 */
export async function runApprovalsScenario(
  browser: Browser,
  options: StepOptions,
): Promise<ScenarioResult[]> {
  const { controls, latencyMs } = options;
  await controls.reset('large');
  await controls.latency(latencyMs);
  const { page, close } = await signedInPage(browser, options, 'Megan Bowen', '/approvals');
  const grid = page.getByRole('grid', { name: 'Requests waiting for you' });
  const status = page.getByRole('status').filter({ hasText: /requests (waiting|shown)/ });
  const firstRow = grid.getByRole('row').nth(1);
  try {
    await firstRow.waitFor();
  } catch {
    await close();
    return [notAvailable(NAME, 'the Approvals queue did not show any request')];
  }
  const results: ScenarioResult[] = [];
  try {
    // The floor: the queue's first page is one round trip after the token.
    const open = await timeColdOpens(page, options, () => firstRow.waitFor());
    results.push(resultOf(NAME, open, 1, latencyMs, options.runs));

    let chain = 1;
    const whole = await timeStep(
      page,
      options,
      async () => {
        await page.reload();
        await status
          .filter({ hasText: /^\d[\d,]* requests waiting$/ })
          .waitFor({ timeout: 120_000 });
      },
      (log) => {
        chain = longestPageChain(log);
      },
    );
    const total = countsOf((await status.textContent()) ?? '')[0] ?? 0;
    results.push(
      resultOf(`${NAME}: all ${total.toLocaleString('en')} counted`, whole, chain, latencyMs),
    );

    const label =
      (await grid
        .getByRole('button', { name: /^Review the request of / })
        .first()
        .getAttribute('aria-label')) ?? '';
    const requester = /^Review the request of (.+) for /.exec(label)?.[1] ?? '';
    if (!requester) throw new Error('no requester name in the first row');
    const search = page.getByRole('search', { name: 'Filter requests' }).getByLabel('Search');
    const filter = await timeStep(page, options, async () => {
      await search.pressSequentially(requester);
      await status.filter({ hasText: / of [\d,]+ requests shown/ }).waitFor();
    });
    results.push({
      ...resultOf(`${NAME}: type a name`, filter, 0, latencyMs),
      median: { ...filter, extra: { keystrokes: requester.length } },
    });
    await search.fill('');
    await status.filter({ hasText: /requests waiting/ }).waitFor();

    let viewports = 0;
    const scroll = await timeStep(page, options, async () => {
      viewports = await scrollGrid(grid, SCROLL_STEPS);
    });
    results.push({
      ...resultOf(`${NAME}: scroll`, scroll, 0, latencyMs),
      median: { ...scroll, heapBytes: await jsHeapBytes(page), extra: { viewports } },
    });
  } catch (error) {
    results.push(notAvailable(`${NAME}: a step`, error));
  } finally {
    await close();
  }
  return results;
}

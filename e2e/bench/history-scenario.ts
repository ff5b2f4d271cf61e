import { createReadStream } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { countsOf, jsHeapBytes, scrollGrid, type ScenarioResult } from './harness.ts';
import {
  notAvailable,
  resultOf,
  signedInPage,
  timeColdOpens,
  timeStep,
  type StepOptions,
} from './steps.ts';

const NAME = 'History, large';
const SCROLL_ROWS = 10_000;
/** The scroll stops here if the pages come too slowly, and says how far it got. */
const SCROLL_CAP_MS = 180_000;
/** The export reads the rest of the matching requests itself (one round trip a page); capped. */
const EXPORT_CAP_MS = 20 * 60_000;
/** One page that takes longer than this ends the scrolling (the emulator is too slow). */
const PAGE_TIMEOUT_MS = 60_000;

/** Data lines of a downloaded CSV (the header and the final line break not counted). */
async function countLines(file: string): Promise<number> {
  let lines = 0;
  for await (const chunk of createReadStream(file)) {
    for (const byte of chunk as Buffer) if (byte === 10) lines += 1;
  }
  return Math.max(0, lines - 1);
}

/** Loaded and shown counts from the status line ("50 of 1,200 loaded requests shown; …"). */
async function loadedCounts(status: Locator): Promise<{ shown: number; loaded: number }> {
  const [shown = 0, loaded = 0] = countsOf((await status.textContent()) ?? '');
  return { shown, loaded };
}

/** Scrolls the grid page by page (each end of the list asks Graph for the next page). */
async function scrollUntil(
  page: Page,
  grid: Locator,
  status: Locator,
  rows: number,
  capMs: number,
) {
  const deadline = Date.now() + capMs;
  let { loaded } = await loadedCounts(status);
  while (loaded < rows && Date.now() < deadline) {
    if (((await status.textContent()) ?? '').includes('all requests loaded')) break;
    await scrollGrid(grid, 10_000);
    const before = loaded;
    const grew = await page
      .waitForFunction(
        ([text, count]) =>
          [...document.querySelectorAll('[role="status"]')].some((s) => {
            const t = s.textContent;
            if (!t.includes(text)) return false;
            const loadedNow = Number(/of ([\d,]+) loaded/.exec(t)?.[1]?.replaceAll(',', '') ?? 0);
            return loadedNow > count || t.includes('all requests loaded');
          }),
        ['loaded requests shown', before] as const,
        { timeout: PAGE_TIMEOUT_MS },
      )
      .then(
        () => true,
        () => false,
      );
    ({ loaded } = await loadedCounts(status));
    if (!grew) break;
  }
  return loaded;
}

/**
 * The tenant-wide activation history of 100,000 requests (emulator scenario `large`: 100,000 role
 * requests, the list Graph gives an admin tenant-wide, plus group requests, which Graph lists per
 * person or group only), as Alex (admin): first page, a Graph-side filter, scrolling through
 * 10,000 rows page by page, and the CSV export of every matching request, the export reading the
 * pages not loaded yet from Graph itself; the longest task of each step and the JS heap at the
 * end.
 */
export async function runHistoryScenario(
  browser: Browser,
  options: StepOptions,
): Promise<ScenarioResult[]> {
  const { controls, latencyMs } = options;
  const seedStart = Date.now();
  await controls.reset('large');
  const seedMs = Date.now() - seedStart;
  await controls.latency(latencyMs);
  const { page, close } = await signedInPage(browser, options, 'Alex Wilber', '/history');
  const grid = page.getByRole('grid', { name: 'Activation history' });
  const status = page.getByRole('status').filter({ hasText: 'loaded requests shown' });
  const firstRow = grid.getByRole('row').nth(1);
  try {
    await firstRow.waitFor();
  } catch {
    await close();
    return [notAvailable(NAME, 'the History grid did not show any request')];
  }
  const results: ScenarioResult[] = [];
  try {
    const open = await timeColdOpens(page, options, () => firstRow.waitFor());
    results.push({
      ...resultOf(`${NAME}: first page`, open, 1, latencyMs, options.runs),
      median: {
        ...open,
        extra: { 'ms to seed the large tenant (100,000 role requests) in the emulator': seedMs },
      },
    });
    const pageSize = (await loadedCounts(status)).loaded;

    const form = page.getByRole('form', { name: 'Filters applied by Microsoft Graph' });
    const statusSelect = form.getByRole('combobox', { name: 'Status' });
    await statusSelect.selectOption({ index: 1 });
    const chosen = (await statusSelect.locator('option:checked').textContent()) ?? '';
    const filter = await timeStep(page, options, async () => {
      const answered = page.waitForResponse((r) => r.url().includes('/emulator/graph/'));
      await form.getByRole('button', { name: 'Apply filters' }).click();
      await answered;
      await firstRow.filter({ hasText: chosen }).waitFor();
    });
    results.push(resultOf(`${NAME}: filter by status`, filter, 1, latencyMs));
    // Back to the whole tenant-wide list for the scroll and the export (filters live in the URL).
    await page.goto('/history');
    await firstRow.waitFor();
    if (
      (await statusSelect.inputValue()) !==
      (await statusSelect.locator('option').first().getAttribute('value'))
    ) {
      throw new Error('the status filter was still applied after opening /history');
    }

    let scrolled = 0;
    const scroll = await timeStep(page, options, async () => {
      scrolled = await scrollUntil(page, grid, status, SCROLL_ROWS, SCROLL_CAP_MS);
    });
    // Every page after the first is one more sequential round trip (each needs the last link).
    const pages = Math.ceil((scrolled - pageSize) / Math.max(1, pageSize));
    const stopped = scrolled < SCROLL_ROWS ? ` (stopped short of ${String(SCROLL_ROWS)})` : '';
    results.push({
      ...resultOf(`${NAME}: scroll ${String(scrolled)} rows${stopped}`, scroll, pages, latencyMs),
      median: {
        ...scroll,
        extra: {
          'rows per page': pageSize,
          'ms per page': Math.round(scroll.ms / Math.max(1, pages)),
        },
      },
    });

    // The export reads every request the screen has not loaded yet, page by page as Graph
    // gives them: each page needs the last page's link, so the floor is one round trip a page.
    const exportButton = page.getByRole('button', { name: /^Export CSV/ });
    let exported = 0;
    const csv = await timeStep(page, options, async () => {
      const download = page.waitForEvent('download', { timeout: EXPORT_CAP_MS });
      await exportButton.click();
      const file = await (await download).path();
      exported = await countLines(file);
    });
    const exportPages = Math.ceil(Math.max(0, exported - scrolled) / Math.max(1, pageSize));
    results.push({
      ...resultOf(
        `${NAME}: export all ${exported.toLocaleString('en-US')} rows`,
        csv,
        exportPages,
        latencyMs,
      ),
      median: {
        ...csv,
        heapBytes: await jsHeapBytes(page),
        extra: {
          'rows loaded on screen before the export': scrolled,
          'pages the export read (floor round trips)': exportPages,
        },
      },
    });
  } catch (error) {
    results.push(notAvailable(`${NAME}: a step`, error));
  } finally {
    await close();
  }
  return results;
}

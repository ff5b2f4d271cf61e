import type { Browser, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { signIn, type Controls } from './harness.ts';

export interface FileSet {
  files: string[];
  rawBytes: number;
  gzipBytes: number;
  /** gzip bytes of each file, largest first: where the bytes go. */
  perFile?: { file: string; gzipBytes: number }[];
}

export interface BundleFigures {
  /** Signed in, cold: everything My roles (where sign-in lands) fetched until its list showed. */
  firstScreen: FileSet;
  /** What a signed-out visitor's browser fetched until the Sign in button showed. */
  signedOut?: FileSet;
  /** The page hidden iframes and popups load (MSAL's redirect bridge): it must stay small. */
  redirectBridge?: FileSet;
  /** What each other screen fetched beyond what was already loaded. */
  routes: { name: string; files: FileSet }[];
  /** Why the figures are missing, when they are. */
  reason?: string;
}

/** Sizes of the given built files (paths relative to dist, e.g. `assets/x.js`). */
export async function measureFiles(distDir: string, files: Iterable<string>): Promise<FileSet> {
  const list = [...new Set(files)].sort();
  let rawBytes = 0;
  let gzipBytes = 0;
  const perFile: { file: string; gzipBytes: number }[] = [];
  for (const file of list) {
    const bytes = await readFile(path.join(distDir, file));
    const gzipped = gzipSync(bytes, { level: 9 }).byteLength;
    rawBytes += bytes.byteLength;
    gzipBytes += gzipped;
    perFile.push({ file, gzipBytes: gzipped });
  }
  perFile.sort((a, b) => b.gzipBytes - a.gzipBytes);
  return { files: list, rawBytes, gzipBytes, perFile };
}

/** Records the app's own scripts the page requests, into whichever bucket is current. */
function scriptRecorder(page: Page, origin: string) {
  let bucket = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin && url.pathname.endsWith('.js')) bucket.add(url.pathname.slice(1));
  });
  return {
    async take(during: () => Promise<void>): Promise<string[]> {
      bucket = new Set();
      await during();
      const taken = [...bucket];
      bucket = new Set();
      return taken;
    },
  };
}

/**
 * JavaScript per screen, from what the browser requested (the HTTP cache off), not from the build:
 * the signed-out page, the first signed-in screen until its list shows, then each other screen
 * reached through the navigation, counting only what it added.
 */
export async function measureScreens(
  browser: Browser,
  origin: string,
  controls: Controls,
  distDir: string,
): Promise<BundleFigures> {
  await controls.reset('default');
  const context = await browser.newContext({ ignoreHTTPSErrors: true, baseURL: origin });
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const scripts = scriptRecorder(page, origin);
    const signedOut = await scripts.take(async () => {
      await page.goto('/');
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
    });
    const bridge = await scripts.take(async () => {
      // Opened by hand, without a response to pass on, the bridge says so: it has run.
      await page.goto('/auth/redirect-bridge');
      await page.getByRole('heading', { name: 'Nothing to do here' }).waitFor();
    });
    await signIn(page, 'Adele Vance');
    const first = await scripts.take(async () => {
      await page.reload();
      await page.getByRole('grid', { name: 'Eligible roles' }).getByRole('row').nth(1).waitFor();
    });
    const loaded = new Set(first);
    const routes: BundleFigures['routes'] = [];
    for (const name of ['Approvals', 'History']) {
      const own = await scripts.take(async () => {
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
        await page.getByRole('heading', { level: 1, name }).waitFor();
        await page.waitForTimeout(300); // chunks a screen asks for right after its heading
      });
      routes.push({
        name,
        files: await measureFiles(
          distDir,
          own.filter((f) => !loaded.has(f)),
        ),
      });
      for (const f of own) loaded.add(f);
    }
    return {
      firstScreen: await measureFiles(distDir, first),
      signedOut: await measureFiles(distDir, signedOut),
      redirectBridge: await measureFiles(distDir, bridge),
      routes,
    };
  } catch (error) {
    const empty = { files: [], rawBytes: 0, gzipBytes: 0 };
    return { firstScreen: empty, routes: [], reason: String(error).split('\n')[0] ?? '' };
  } finally {
    await context.close();
  }
}

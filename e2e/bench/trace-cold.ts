/**
 * A timeline of cold reloads of My roles, as the bench's "My roles, cold" makes them (Adele
 * signed in, browser cache disabled, 100 ms latency): when each script was fetched (the
 * waterfall), when the `$batch` left and answered, when the shell and the grid were drawn, and
 * the long tasks. Not a benchmark: it prints events, in ms from the navigation's start.
 *
 *   npx vite build --outDir /tmp/x-dist
 *   node node_modules/vite/bin/vite.js preview --port 5263 --strictPort --outDir /tmp/x-dist &
 *   npx tsx e2e/bench/trace-cold.ts https://localhost:5263 3      # PROFILE=1: CPU profile too
 */
import { Controls, launch, signIn, until } from './harness.ts';

const origin = process.argv[2] ?? 'https://localhost:5263';
const runs = Number(process.argv[3] ?? 3);
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
const controls = new Controls(origin);
await controls.reset('default');
await controls.latency(100);
const browser = await launch();
const context = await browser.newContext({ ignoreHTTPSErrors: true, baseURL: origin });
await context.addInitScript(`
  window.__ev = [];
  const ev = (name) => window.__ev.push([name, performance.now()]);
  const orig = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const tag = url.includes('$batch') ? 'batch' : url.replace(/^.*\\/\\/[^/]+/, '').slice(0, 60);
    ev('fetch ' + tag + ' sent');
    const r = await orig(input, init);
    ev('fetch ' + tag + ' headers');
    r.clone().text().then(() => ev('fetch ' + tag + ' body'));
    return r;
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__ev.push(['longtask ' + Math.round(e.duration) + 'ms start', e.startTime]);
  }).observe({ type: 'longtask', buffered: true });
  const seen = new Set();
  const once = (n) => { if (!seen.has(n)) { seen.add(n); ev(n); } };
  new MutationObserver(() => {
    const grid = document.querySelector('[role="grid"]');
    if (document.querySelector('[role="banner"], header')) once('dom banner');
    if (document.querySelector('h1')) once('dom h1 ' + document.querySelector('h1').textContent);
    if (grid) once('dom grid');
    if (grid && grid.querySelectorAll('[role="row"]').length > 1) once('dom grid rows');
    if (grid && grid.getAttribute('aria-busy') !== 'true' && grid.querySelectorAll('[role="row"]').length > 1) once('dom grid not busy');
  }).observe(document, { subtree: true, childList: true, attributes: true });
`);
const page = await context.newPage();
await signIn(page, 'Adele Vance', '/');
const cdp = await context.newCDPSession(page);
await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
const profile = process.env.PROFILE === '1';
for (let i = 0; i < runs; i += 1) {
  if (profile && i === runs - 1) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const started = Date.now();
  await page.reload();
  const grid = page.getByRole('grid', { name: /eligible roles/i });
  await until(() => page.getByRole('banner').getByText('Adele Vance').isVisible());
  const bannerMs = Date.now() - started;
  await until(
    async () =>
      (await grid.getByRole('row').nth(1).isVisible()) &&
      (await grid.and(page.locator(':not([aria-busy="true"])')).isVisible()),
  );
  const ms = Date.now() - started;
  if (profile && i === runs - 1) {
    const { profile: p } = (await cdp.send('Profiler.stop')) as unknown as {
      profile: {
        nodes: {
          id: number;
          callFrame: { functionName: string; url: string; lineNumber: number };
          children?: number[];
        }[];
        samples: number[];
        timeDeltas: number[];
      };
    };
    const self = new Map<number, number>();
    p.samples.forEach((id, k) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[k] ?? 0)));
    const byName = new Map<string, number>();
    const byFile = new Map<string, number>();
    for (const n of p.nodes) {
      const t = (self.get(n.id) ?? 0) / 1000;
      const file = n.callFrame.url.replace(/^.*\//, '') || '(native)';
      const k = `${n.callFrame.functionName || '(anon)'} ${file}:${n.callFrame.lineNumber}`;
      byName.set(k, (byName.get(k) ?? 0) + t);
      byFile.set(file, (byFile.get(file) ?? 0) + t);
    }
    const top = (m: Map<string, number>, n: number) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, v]) => `${v.toFixed(1).padStart(7)} ms  ${k}`)
        .join('\n');
    console.log('--- self time by file\n' + top(byFile, 25));
    console.log('--- self time by function\n' + top(byName, 40));
  }
  const data = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const res = performance.getEntriesByType('resource').map((e) => {
      const r = e as PerformanceResourceTiming;
      return [
        `res ${r.name.replace(/^.*\/\/[^/]+/, '').slice(0, 50)}`,
        r.startTime,
        r.responseEnd,
        r.transferSize,
      ] as const;
    });
    const marks = performance
      .getEntriesByType('mark')
      .map((m) => [`mark ${m.name}`, m.startTime] as const);
    const ev = (window as unknown as { __ev: [string, number][] }).__ev;
    return {
      nav: [nav.responseEnd, nav.domInteractive, nav.domContentLoadedEventEnd],
      res,
      marks,
      ev,
    };
  });
  console.log(
    `\n=== run ${i + 1}: ${ms} ms (wall, from reload call; banner seen ${bannerMs}); nav responseEnd ${data.nav[0]?.toFixed(0)} domInteractive ${data.nav[1]?.toFixed(0)} DCL ${data.nav[2]?.toFixed(0)}`,
  );
  const rows: [number, string][] = [];
  for (const [n, s, e, size] of data.res)
    rows.push([s, `${n}  ${s.toFixed(0)}→${e.toFixed(0)} (${Math.round(size / 1024)}KB)`]);
  for (const [n, t] of data.marks) rows.push([t, n]);
  for (const [n, t] of data.ev) rows.push([t, n]);
  rows.sort((a, b) => a[0] - b[0]);
  for (const [t, s] of rows) console.log(`${t.toFixed(0).padStart(6)}  ${s}`);
}
await browser.close();

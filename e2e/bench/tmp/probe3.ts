import { Controls, launch, scrollGrid, signIn } from '../harness.ts';
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
const origin = 'https://localhost:5224';
const c = new Controls(origin);
await c.latency(100);
const b = await launch();
const ctx = await b.newContext({ ignoreHTTPSErrors: true, baseURL: origin });
const page = await ctx.newPage();
page.on('requestfinished', (r) => {
  const tm = r.timing();
  if (r.url().includes('/graph/'))
    console.log(
      new Date().toISOString().slice(17, 23),
      'browser',
      Math.round(tm.responseEnd - tm.requestStart),
      r.method(),
      r.url().slice(45, 150),
    );
});
await signIn(page, 'Alex Wilber', '/history');
const grid = page.getByRole('grid', { name: 'Activation history' });
await grid.getByRole('row').nth(1).waitFor();
await c.clearRequests();
const status = page.getByRole('status').filter({ hasText: 'loaded requests shown' });
for (let i = 0; i < 3; i++) {
  const t = Date.now();
  console.log(
    new Date().toISOString().slice(17, 23),
    'scroll',
    await scrollGrid(grid, 10000),
    Date.now() - t,
  );
  await page.waitForTimeout(2500);
  console.log(await status.textContent());
}
console.log(
  (await c.requests())
    .map(
      (e) =>
        `${e.at.slice(17, 23)} ${e.method} ${e.path.slice(0, 80)} ${e.batchItems ?? ''} ${(e.items ?? []).map((i) => i.url.slice(0, 60)).join(' | ')}`,
    )
    .join('\n'),
);
await b.close();

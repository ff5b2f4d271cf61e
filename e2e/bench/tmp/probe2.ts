import { Controls, launch, scrollGrid, signIn } from '../harness.ts';
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
const origin = 'https://localhost:5224';
const c = new Controls(origin);
await c.reset('large');
await c.latency(100);
const b = await launch();
const ctx = await b.newContext({ ignoreHTTPSErrors: true, baseURL: origin });
const page = await ctx.newPage();
await signIn(page, 'Alex Wilber', '/history');
const grid = page.getByRole('grid', { name: 'Activation history' });
await grid.getByRole('row').nth(1).waitFor();
const status = page.getByRole('status').filter({ hasText: 'loaded requests shown' });
console.log(await status.textContent());
for (let i = 0; i < 4; i++) {
  console.log('moved', await scrollGrid(grid, 10000));
  await page.waitForTimeout(3000);
  console.log(await status.textContent(), (await c.requests()).length);
}
await page.screenshot({ path: '/tmp/bench-tools/hist.png' });
await b.close();

import { Controls, launch, signIn } from '../harness.ts';
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
const origin = 'https://localhost:5224';
const c = new Controls(origin);
let t = Date.now();
await c.reset('large');
console.log('reset', Date.now() - t);
await c.latency(100);
const b = await launch();
const ctx = await b.newContext({ ignoreHTTPSErrors: true, baseURL: origin });
const page = await ctx.newPage();
page.on('requestfinished', (r) => {
  const tm = r.timing();
  if (r.url().includes('/emulator/'))
    console.log(Math.round(tm.responseEnd), r.method(), r.url().slice(30, 140));
});
t = Date.now();
await signIn(page, 'Alex Wilber', '/history');
console.log('signed in', Date.now() - t);
for (let i = 0; i < 2; i++) {
  t = Date.now();
  await page.reload();
  await page.getByRole('grid', { name: 'Activation history' }).getByRole('row').nth(1).waitFor();
  console.log('reload', Date.now() - t);
  const log = await c.requests();
  console.log(
    log.map((e) => `${e.at.slice(17)} ${e.method} ${e.path.slice(0, 90)} ${e.status}`).join('\n'),
  );
  await c.clearRequests();
}
await b.close();

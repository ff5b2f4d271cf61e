/**
 * `npm run emulator`: the emulated tenant alone, without the portal, for scripts and tools
 * (default https://localhost:5174; PORT overrides). The portal itself does not need it:
 * `npm start` serves the same emulator on the portal's own origin.
 */
import { createServer } from 'node:https';
import path from 'node:path';
import { getCertificate } from '@vitejs/plugin-basic-ssl';
import { createEmulator } from './emulator.ts';
import { toWebRequest, writeWebResponse } from './http/node-adapter.ts';
import { DEFAULT_PORT_STANDALONE } from './constants.ts';
import { printBanner } from './banner.ts';

const port = Number(process.env.PORT ?? DEFAULT_PORT_STANDALONE);
const cacheDir = path.resolve('node_modules/.cache');
const pem = await getCertificate(path.join(cacheDir, 'pim-portal-cert'));
const emulator = await createEmulator({
  scenario: process.env.EMULATOR_SCENARIO ?? 'default',
  keyFile: path.join(cacheDir, 'pim-portal-emulator', 'signing-key.json'),
});

const server = createServer({ key: pem, cert: pem }, (req, res) => {
  void (async () => {
    const response = await emulator.fetch(await toWebRequest(req));
    await writeWebResponse(response ?? Response.json({ error: 'not_found' }, { status: 404 }), res);
  })().catch((error: unknown) => {
    console.error('emulator: request failed', error);
    if (!res.headersSent) res.writeHead(500);
    res.end();
  });
});

server.listen(port, 'localhost', () => {
  printBanner({ origin: `https://localhost:${port}`, standalone: true, emulator });
});

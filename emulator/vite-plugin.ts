import path from 'node:path';
import type { Connect, Plugin, PreviewServer, ViteDevServer } from 'vite';
import { createEmulator, type Emulator } from './emulator.ts';
import { toWebRequest, writeWebResponse } from './http/node-adapter.ts';
import { EMULATOR_PREFIX } from './constants.ts';
import { printBanner } from './banner.ts';

/**
 * Serves the emulator on the app's own origin, in both `vite` (dev) and `vite preview`.
 * Nothing of it is bundled into the app: it is server-side middleware only.
 */
export function emulatorPlugin(options: { scenario?: string } = {}): Plugin {
  let emulator: Promise<Emulator> | undefined;
  const get = (root: string): Promise<Emulator> =>
    (emulator ??= createEmulator({
      scenario: options.scenario ?? process.env.EMULATOR_SCENARIO ?? 'default',
      keyFile: path.join(root, 'node_modules', '.cache', 'pim-portal-emulator', 'signing-key.json'),
    }));
  const middleware =
    (root: string): Connect.NextHandleFunction =>
    (req, res, next) => {
      if (!req.url?.startsWith(`${EMULATOR_PREFIX}/`)) {
        next();
        return;
      }
      void (async () => {
        const em = await get(root);
        const response = await em.fetch(await toWebRequest(req));
        if (!response) {
          next();
          return;
        }
        await writeWebResponse(response, res);
      })().catch(next);
    };
  /** Prints the personas and the certificate hint right after Vite's own URLs. */
  const withBanner = (server: ViteDevServer | PreviewServer): void => {
    const printUrls = server.printUrls.bind(server);
    server.printUrls = () => {
      printUrls();
      const origin = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
      if (!origin) return;
      void get(server.config.root).then((emulator) => {
        printBanner({ origin, standalone: false, emulator });
      });
    };
  };
  return {
    name: 'pim-portal-emulator',
    configureServer(server) {
      server.middlewares.use(middleware(server.config.root));
      withBanner(server);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware(server.config.root));
      withBanner(server);
    },
  };
}

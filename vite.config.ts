import path from 'node:path';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import basicSsl from '@vitejs/plugin-basic-ssl';
import { emulatorPlugin } from './emulator/vite-plugin.ts';
import { DEFAULT_PORT_APP, EMULATOR_CLIENT_ID, EMULATOR_TENANT_ID } from './emulator/constants.ts';

/**
 * The Content Security Policy of the portal. No inline script, ever; connections only to our
 * own origin (the emulator) or to the configured authority and Graph.
 * Fluent UI (Griffel) inserts its atomic CSS at run time, hence style-src 'unsafe-inline'.
 */
function contentSecurityPolicy(env: Record<string, string>, forHeader: boolean): string {
  const origins = new Set<string>();
  const authority =
    env.VITE_ENTRA_AUTHORITY ||
    (env.VITE_ENTRA_TENANT_ID ? 'https://login.microsoftonline.com' : '');
  for (const u of [
    authority,
    env.VITE_GRAPH_BASE_URL || (env.VITE_ENTRA_CLIENT_ID ? 'https://graph.microsoft.com' : ''),
  ]) {
    if (u) origins.add(new URL(u).origin);
  }
  const extra = [...origins].join(' ');
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self' ${extra}`.trim(),
    `frame-src 'self' ${extra}`.trim(),
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self' ${extra}`.trim(),
  ];
  if (forHeader) directives.push("frame-ancestors 'self'");
  return directives.join('; ');
}

/** Puts the CSP into the built index.html (meta) and on every preview response (header). */
function cspPlugin(env: Record<string, string>): Plugin {
  return {
    name: 'pim-portal-csp',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        // The dev server injects an inline React Refresh preamble, so CSP applies to builds.
        if (ctx.server) return html;
        return html.replace(
          '<head>',
          `<head>\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(env, false)}" />`,
        );
      },
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!req.url?.startsWith('/emulator/')) {
          res.setHeader('Content-Security-Policy', contentSecurityPolicy(env, true));
          res.setHeader('X-Content-Type-Options', 'nosniff');
          res.setHeader('Referrer-Policy', 'no-referrer');
        }
        next();
      });
    },
  };
}

/**
 * Libraries that change rarely get chunks of their own, so a new release of the portal does not
 * make browsers fetch React or the router again. MSAL is left to the automatic splitting: the
 * redirect bridge (hidden iframes, popups) then loads only the few MSAL modules it uses.
 */
const VENDOR_CHUNKS = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 3 },
  { name: 'router', test: /node_modules[\\/](react-router|react-router-dom)[\\/]/, priority: 2 },
  { name: 'query', test: /node_modules[\\/]@tanstack[\\/]/, priority: 2 },
];

/**
 * React Router 7 publishes a production build but its package exports point every bundler at the
 * development one (remix-run/react-router#14102, open): in a build, resolve to the production
 * files, which differ only by `ENABLE_DEV_WARNINGS = false` (warnings that would otherwise reach
 * users' consoles; 0.5 KB gzip). A release that moves these files fails the build, not the app.
 */
const REACT_ROUTER_PRODUCTION = [
  {
    find: /^react-router$/,
    replacement: path.resolve('node_modules/react-router/dist/production/index.mjs'),
  },
  {
    find: /^react-router\/dom$/,
    replacement: path.resolve('node_modules/react-router/dist/production/dom-export.mjs'),
  },
];

export default defineConfig(({ command, mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const port = Number(process.env.PORT ?? DEFAULT_PORT_APP);
  return {
    plugins: [
      react(),
      basicSsl({ certDir: path.resolve('node_modules/.cache/pim-portal-cert') }),
      emulatorPlugin(),
      cspPlugin(env),
    ],
    define: {
      'import.meta.env.VITE_EMULATOR_CLIENT_ID': JSON.stringify(EMULATOR_CLIENT_ID),
      'import.meta.env.VITE_EMULATOR_TENANT_ID': JSON.stringify(EMULATOR_TENANT_ID),
    },
    resolve: command === 'build' ? { alias: REACT_ROUTER_PRODUCTION } : {},
    server: { port, strictPort: true, host: 'localhost' },
    preview: { port, strictPort: true, host: 'localhost' },
    build: {
      sourcemap: true,
      target: 'es2022',
      rolldownOptions: { output: { codeSplitting: { groups: VENDOR_CHUNKS } } },
    },
    test: {
      include: ['src/**/*.test.{ts,tsx}', 'emulator/**/*.test.ts'],
      environment: 'node',
      setupFiles: ['src/test-setup.ts'],
      restoreMocks: true,
      // A ceiling, not a timing assertion: jsdom page tests take seconds on a busy 2-core runner.
      testTimeout: 30_000,
    },
  };
});

import { routeModuleAt } from './app/route-modules.ts';
import { configProblems } from './auth/config.ts';
import { REDIRECT_BRIDGE_PATH } from './auth/redirect-paths.ts';

/** A chunk that fails to load (network, or a new deployment) must not leave a blank page. */
function showLoadFailure(container: HTMLElement): void {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent =
    'PIM Portal could not be loaded. Check your connection and reload the page.';
  container.replaceChildren(message);
}

/**
 * The startup screens, the app and the opened page download together: loaded one from the
 * other, each would wait for the one before it to arrive and run. With a configuration that
 * cannot work only the startup screens load (MSAL is never made).
 */
function startPortal(container: HTMLElement): Promise<void> {
  const app = configProblems.length === 0 ? import('./app/start-app.tsx') : undefined;
  if (app) {
    // Failures surface where the modules are used (bootstrap, the router), not here.
    app.catch(() => undefined);
    routeModuleAt(window.location.pathname)().catch(() => undefined);
  }
  return import('./app/bootstrap.tsx').then(({ bootstrap }) => bootstrap(container, app));
}

// Two entries in one: the redirect bridge (loaded in hidden iframes and popups, so it must stay
// tiny and must not boot a second portal) or the app itself.
const container = document.getElementById('root');
if (container) {
  const start =
    window.location.pathname === REDIRECT_BRIDGE_PATH
      ? import('./auth/redirect-bridge.ts').then(({ runRedirectBridge }) =>
          runRedirectBridge(container),
        )
      : startPortal(container);
  start.catch(() => {
    showLoadFailure(container);
  });
}

import { REDIRECT_BRIDGE_PATH } from './auth/redirect-paths.ts';

/** A chunk that fails to load (network, or a new deployment) must not leave a blank page. */
function showLoadFailure(container: HTMLElement): void {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent =
    'PIM Portal could not be loaded. Check your connection and reload the page.';
  container.replaceChildren(message);
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
      : import('./app/bootstrap.tsx').then(({ bootstrap }) => bootstrap(container));
  start.catch(() => {
    showLoadFailure(container);
  });
}

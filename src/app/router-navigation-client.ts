import { NavigationClient, type NavigationOptions } from '@azure/msal-browser';

interface InAppNavigator {
  navigate: (to: string, options: { replace: boolean }) => Promise<void>;
}

/**
 * Lets MSAL move within the app through the router instead of reloading the page, as the
 * CustomNavigationClient of the MSAL React router samples does (e.g. back to the deep link the
 * user opened before signing in). Navigations to the identity provider stay full page loads.
 */
export class RouterNavigationClient extends NavigationClient {
  private readonly router: InAppNavigator;

  constructor(router: InAppNavigator) {
    super();
    this.router = router;
  }

  override async navigateInternal(url: string, options: NavigationOptions): Promise<boolean> {
    const target = new URL(url, window.location.href);
    if (target.origin !== window.location.origin) return super.navigateInternal(url, options);
    await this.router.navigate(`${target.pathname}${target.search}${target.hash}`, {
      replace: options.noHistory,
    });
    // false: the page did not reload, so MSAL carries on without waiting for one.
    return false;
  }
}

import { BrowserCacheLocation, type Configuration } from '@azure/msal-browser';
import type { AppConfig } from './parse-config.ts';

/** MSAL's configuration for the portal, as the official MSAL React samples set it up. */
export function msalConfiguration(config: AppConfig): Configuration {
  return {
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      // Without it MSAL asks login.microsoftonline.com to discover the emulator and fails.
      knownAuthorities: config.knownAuthorities,
      redirectUri: config.redirectUri,
      postLogoutRedirectUri: config.redirectUri,
      // CP1: we handle claims challenges, so Entra may issue long-lived CAE tokens.
      clientCapabilities: ['CP1'],
    },
    cache: {
      // Tokens die with the tab; nothing outlives the browser session.
      cacheLocation: BrowserCacheLocation.SessionStorage,
    },
  };
}

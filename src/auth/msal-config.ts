import { BrowserCacheLocation, type Configuration } from '@azure/msal-browser';
import type { AppConfig } from './parse-config.ts';

/**
 * The emulator's OpenID endpoints, in the layout Entra uses (`<authority>/oauth2/v2.0/...`).
 * For Entra's own hosts MSAL carries this metadata built in and never fetches
 * `openid-configuration`; it keeps fetched metadata in memory only, so for any other host it
 * would fetch it again on every page load, before the first token leaves the cache. Handing it
 * over as `authorityMetadata` makes the emulated sign-in cost what Entra's does.
 */
export function emulatorAuthorityMetadata(authority: string): string {
  return JSON.stringify({
    issuer: `${authority}/v2.0`,
    authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
    token_endpoint: `${authority}/oauth2/v2.0/token`,
    end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
    jwks_uri: `${authority}/discovery/v2.0/keys`,
  });
}

/** MSAL's configuration for the portal, as the official MSAL React samples set it up. */
export function msalConfiguration(config: AppConfig): Configuration {
  return {
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      // Without it MSAL asks login.microsoftonline.com to discover the emulator and fails.
      knownAuthorities: config.knownAuthorities,
      // Real Entra: MSAL's built-in metadata for login.microsoftonline.com and national clouds.
      ...(config.mode === 'emulator'
        ? { authorityMetadata: emulatorAuthorityMetadata(config.authority) }
        : {}),
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

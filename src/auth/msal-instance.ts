import { PublicClientApplication } from '@azure/msal-browser';
import { appConfig } from './config.ts';
import { msalConfiguration } from './msal-config.ts';

/**
 * The one MSAL instance. Created at module scope as in the MSAL React samples; the bootstrap
 * awaits `initialize()` before anything renders or asks for a token.
 */
export const msalInstance = new PublicClientApplication(msalConfiguration(appConfig));

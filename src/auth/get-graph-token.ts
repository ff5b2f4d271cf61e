import { createTokenGetter, type TokenOptions } from './acquire-token.ts';
import { appConfig } from './config.ts';
import { msalInstance } from './msal-instance.ts';

const getToken = createTokenGetter(msalInstance, {
  bridgeRedirectUri: appConfig.bridgeRedirectUri,
});

/**
 * The ONE way to get a Microsoft Graph access token. `scopes` are Graph scopes without the
 * resource prefix (`User.Read`). Pass `claims` (the decoded claims challenge of a Graph 401/403)
 * to step up: one interactive attempt, in a popup so the user's form survives.
 */
export async function getGraphToken(
  scopes: readonly string[],
  options?: TokenOptions,
): Promise<string> {
  return getToken(scopes, options);
}

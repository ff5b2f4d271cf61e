import { appConfig } from '../auth/config.ts';
import { getGraphToken } from '../auth/get-graph-token.ts';
import { createGraphClient } from './client.ts';

/** The app's Graph client: real Graph or the emulator, as `appConfig` says. */
export const graph = createGraphClient({
  baseUrl: appConfig.graphBaseUrl,
  getToken: getGraphToken,
});

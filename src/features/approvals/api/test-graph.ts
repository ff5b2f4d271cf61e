/** A fake Graph for this feature's tests: `$batch` on v1.0 and beta, answers by handler, all recorded. */
import { createGraphClient, type GraphClient } from '../../../graph/client.ts';
import { isRecord } from '../../../graph/graph-error.ts';
import {
  createFakeGraph,
  createFakeSleep,
  createFakeTokens,
  graphJson,
} from '../../../graph/testing/fake-graph.ts';

export interface WireItem {
  id: string;
  method: string;
  url: string;
  body?: unknown;
  version: string;
}

export interface ItemAnswer {
  status: number;
  body?: unknown;
}

export function createBatchGraph(answer: (item: WireItem) => ItemAnswer): {
  client: GraphClient;
  batches: WireItem[][];
  server: ReturnType<typeof createFakeGraph>;
} {
  const server = createFakeGraph();
  const batches: WireItem[][] = [];
  for (const version of ['v1.0', 'beta']) {
    server.on('POST', `/${version}/$batch`, (request) => {
      const items =
        isRecord(request.body) && Array.isArray(request.body.requests)
          ? (request.body.requests as Omit<WireItem, 'version'>[]).map((i) => ({ ...i, version }))
          : [];
      batches.push(items);
      return graphJson(200, {
        responses: items.map((item) => ({ id: item.id, ...answer(item) })),
      });
    });
  }
  const client = createGraphClient({
    baseUrl: server.baseUrl,
    fetch: server.fetch,
    getToken: createFakeTokens().getToken,
    sleep: createFakeSleep().sleep,
    random: () => 0,
  });
  return { client, batches, server };
}

export const graphFailure = (status: number, code: string): ItemAnswer => ({
  status,
  body: { error: { code, message: code, innerError: { 'request-id': `req-${code}` } } },
});

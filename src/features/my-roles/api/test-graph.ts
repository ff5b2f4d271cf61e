/** A fake Graph `$batch` endpoint for this feature's tests: answers items by a handler, records all. */
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
}

export interface ItemAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export function createBatchGraph(answer: (item: WireItem, token: string) => ItemAnswer): {
  client: GraphClient;
  batches: WireItem[][];
  tokens: ReturnType<typeof createFakeTokens>;
  server: ReturnType<typeof createFakeGraph>;
} {
  const server = createFakeGraph();
  const tokens = createFakeTokens();
  const batches: WireItem[][] = [];
  server.on('POST', '/v1.0/$batch', (request) => {
    const items =
      isRecord(request.body) && Array.isArray(request.body.requests)
        ? (request.body.requests as WireItem[])
        : [];
    batches.push(items);
    const token = request.headers.get('authorization') ?? '';
    return graphJson(200, {
      responses: items.map((item) => ({ id: item.id, ...answer(item, token) })),
    });
  });
  const client = createGraphClient({
    baseUrl: server.baseUrl,
    fetch: server.fetch,
    getToken: tokens.getToken,
    sleep: createFakeSleep().sleep,
    random: () => 0,
  });
  return { client, batches, tokens, server };
}

export const pimError = (status: number, code: string, message = code): ItemAnswer => ({
  status,
  body: { error: { code, message, innerError: { 'request-id': `req-${code}` } } },
});

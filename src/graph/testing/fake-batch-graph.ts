/**
 * For features' tests: a Graph client whose `$batch` (v1.0 and beta) answers each item by a
 * handler and records every batch, so tests assert both what the user sees and what was sent.
 */
import { createGraphClient, type GraphClient } from '../client.ts';
import { isRecord } from '../graph-error.ts';
import { createFakeGraph, createFakeSleep, createFakeTokens, graphJson } from './fake-graph.ts';

export interface WireItem {
  id: string;
  method: string;
  url: string;
  body?: unknown;
  /** The Graph version of the batch that carried it. */
  version: string;
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
  for (const version of ['v1.0', 'beta']) {
    server.on('POST', `/${version}/$batch`, (request) => {
      const items =
        isRecord(request.body) && Array.isArray(request.body.requests)
          ? (request.body.requests as Omit<WireItem, 'version'>[]).map((i) => ({ ...i, version }))
          : [];
      batches.push(items);
      const token = request.headers.get('authorization') ?? '';
      return graphJson(200, {
        responses: items.map((item) => ({ id: item.id, ...answer(item, token) })),
      });
    });
  }
  const client = createGraphClient({
    baseUrl: server.baseUrl,
    fetch: server.fetch,
    getToken: tokens.getToken,
    sleep: createFakeSleep().sleep,
    random: () => 0,
  });
  return { client, batches, tokens, server };
}

/** A Graph error answer for one batch item. */
export const graphFailure = (status: number, code: string, message = code): ItemAnswer => ({
  status,
  body: { error: { code, message, innerError: { 'request-id': `req-${code}` } } },
});

import { GraphApiError } from '../errors.ts';
import type { GraphVersion } from '../pim/domain.ts';
import type { BatchItem } from './batch-parse.ts';
import { errorBody, newRequestIds, odataJson, type RequestIds } from './envelope.ts';

export interface BatchItemOutcome {
  id: string;
  method: string;
  url: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

/** Item headers Graph reports back (not transport headers). */
const ITEM_HEADERS: Record<string, string> = {
  'content-type': 'Content-Type',
  'retry-after': 'Retry-After',
  location: 'Location',
  'www-authenticate': 'WWW-Authenticate',
  'cache-control': 'Cache-Control',
};

/**
 * Runs one item. `abort` carries a response that replaces the whole batch's: an injected
 * dropped connection or truncated body cannot be confined to one item.
 */
export type ItemRunner = (
  item: { method: string; url: string },
  request: Request,
  subpath: string,
) => Promise<{ response: Response; abort?: boolean }>;

function failedDependency(
  item: BatchItem,
  dependency: string,
  batchRequest: Request,
): BatchItemOutcome {
  const ids = newRequestIds(batchRequest, new Date());
  const error = new GraphApiError(
    424,
    'FailedDependency',
    `Dependent request id : ${dependency} failed.`,
  );
  return {
    id: item.id,
    method: item.method,
    url: item.url,
    status: 424,
    headers: { 'Content-Type': 'application/json' },
    body: errorBody(error, ids),
  };
}

async function outcomeOf(item: BatchItem, response: Response): Promise<BatchItemOutcome> {
  const text = await response.text();
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    const key = ITEM_HEADERS[name];
    if (key) headers[key] = value;
  });
  let body: unknown;
  try {
    body = text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    body = text;
  }
  return {
    id: item.id,
    method: item.method,
    url: item.url,
    status: response.status,
    headers,
    body,
  };
}

/**
 * Runs the items in dependency order through the same dispatcher as top-level requests, with
 * the batch's bearer token. A dependent of a failed item is not run: Graph answers it 424.
 */
export async function runBatch(
  items: BatchItem[],
  batchRequest: Request,
  version: GraphVersion,
  url: URL,
  run: ItemRunner,
): Promise<BatchItemOutcome[] | Response> {
  const outcomes = new Map<string, BatchItemOutcome>();
  const base = url.pathname.replace(/\/\$batch$/i, '');
  for (const item of items) {
    const failedDep = item.dependsOn.find((d) => {
      const status = outcomes.get(d.toLowerCase())?.status ?? 0;
      return status < 200 || status >= 300;
    });
    if (failedDep !== undefined) {
      outcomes.set(item.id.toLowerCase(), failedDependency(item, failedDep, batchRequest));
      continue;
    }
    const relative = item.url.startsWith('/') ? item.url : `/${item.url}`;
    const headers = new Headers(item.headers);
    const auth = batchRequest.headers.get('authorization');
    if (auth) headers.set('Authorization', auth);
    const body =
      item.body === undefined
        ? undefined
        : typeof item.body === 'string'
          ? item.body
          : JSON.stringify(item.body);
    const itemUrl = new URL(`${base}${relative}`, url);
    const request = new Request(itemUrl, { method: item.method, headers, body });
    const { response, abort } = await run(
      item,
      request,
      `/${version}${itemUrl.pathname.slice(base.length)}`,
    );
    if (abort) return response;
    outcomes.set(item.id.toLowerCase(), await outcomeOf(item, response));
  }
  return items
    .map((i) => outcomes.get(i.id.toLowerCase()))
    .filter((o): o is BatchItemOutcome => o !== undefined);
}

export function batchResponse(ids: RequestIds, outcomes: BatchItemOutcome[]): Response {
  return odataJson(ids, {
    responses: outcomes.map(({ id, status, headers, body }) =>
      body === undefined ? { id, status, headers } : { id, status, headers, body },
    ),
  });
}

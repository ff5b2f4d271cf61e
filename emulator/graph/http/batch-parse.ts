import { badRequest } from './envelope.ts';

/** One request inside a JSON batch (concepts/json-batching.md). */
export interface BatchItem {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: unknown;
  dependsOn: string[];
}

export const MAX_BATCH_REQUESTS = 20;

function parseItem(raw: unknown, index: number): BatchItem {
  if (!raw || typeof raw !== 'object') throw badRequest('Invalid batch payload format.');
  const r = raw as Record<string, unknown>;
  const id = typeof r.id === 'number' ? String(r.id) : r.id;
  if (typeof id !== 'string' || id === '') {
    throw badRequest(`Request at index ${index} is missing the required 'id' property.`);
  }
  if (typeof r.method !== 'string' || r.method === '') {
    throw badRequest(`Request id : ${id} is missing the required 'method' property.`);
  }
  if (typeof r.url !== 'string' || r.url === '') {
    throw badRequest(`Request id : ${id} is missing the required 'url' property.`);
  }
  const headers: Record<string, string> = {};
  if (r.headers && typeof r.headers === 'object') {
    for (const [k, v] of Object.entries(r.headers as Record<string, unknown>)) {
      if (typeof v === 'string') headers[k] = v;
    }
  }
  const hasContentType = Object.keys(headers).some((k) => k.toLowerCase() === 'content-type');
  if (r.body !== undefined && r.body !== null && !hasContentType) {
    throw badRequest(`Write request id : ${id} does not contain Content-Type header or body.`);
  }
  const dependsOn = Array.isArray(r.dependsOn)
    ? r.dependsOn.map((d) => String(d))
    : typeof r.dependsOn === 'string'
      ? [r.dependsOn]
      : [];
  return {
    id,
    method: r.method.toUpperCase(),
    url: r.url,
    headers,
    body: r.body ?? undefined,
    dependsOn,
  };
}

/** Validates the batch body as Graph does; throws its 400s for the whole batch. */
export function parseBatch(text: string): BatchItem[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text) as unknown;
  } catch {
    throw badRequest(
      'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
    );
  }
  const requests = (parsed as { requests?: unknown } | null)?.requests;
  if (!Array.isArray(requests)) throw badRequest('Invalid batch payload format.');
  if (requests.length === 0) throw badRequest('Invalid batch payload format. The batch is empty.');
  if (requests.length > MAX_BATCH_REQUESTS) {
    // Graph's text, as quoted from a live answer in microsoftgraph/microsoftgraph-postman-
    // collections issue #9 (the error code was not quoted there: ours stays BadRequest).
    throw badRequest('Number of requests inside batch exceeds the limit.');
  }
  const items = requests.map(parseItem);
  const seen = new Set<string>();
  for (const item of items) {
    // Graph compares batch ids case-insensitively (observed: ids differing only in case clash).
    const key = item.id.toLowerCase();
    if (seen.has(key)) throw badRequest(`Request Id ${item.id} has to be unique in a batch.`);
    seen.add(key);
  }
  for (const item of items) {
    for (const dep of item.dependsOn) {
      if (!seen.has(dep.toLowerCase()) || dep.toLowerCase() === item.id.toLowerCase()) {
        throw badRequest(`Request id : ${item.id} depends on an unknown request id '${dep}'.`);
      }
    }
  }
  return order(items);
}

/** Dependencies first; a cycle cannot run, so Graph rejects it. */
function order(items: BatchItem[]): BatchItem[] {
  const byId = new Map(items.map((i) => [i.id.toLowerCase(), i]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const out: BatchItem[] = [];
  const visit = (item: BatchItem): void => {
    const key = item.id.toLowerCase();
    if (done.has(key)) return;
    if (visiting.has(key)) throw badRequest('The batch request contains a dependency cycle.');
    visiting.add(key);
    for (const dep of item.dependsOn) {
      const d = byId.get(dep.toLowerCase());
      if (d) visit(d);
    }
    visiting.delete(key);
    done.add(key);
    out.push(item);
  };
  items.forEach(visit);
  return out;
}

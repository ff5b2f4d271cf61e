import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Http2ServerRequest, Http2ServerResponse } from 'node:http2';

type NodeRequest = IncomingMessage | Http2ServerRequest;
type NodeResponse = ServerResponse | Http2ServerResponse;

/**
 * A response the emulator wants answered by dropping the connection (a fault injection):
 * the adapter destroys the socket instead of writing anything.
 */
export const DROP_CONNECTION = Symbol.for('pim-portal.emulator.drop-connection');

export function dropConnectionResponse(): Response {
  const r = new Response(null, { status: 599 });
  Object.defineProperty(r, DROP_CONNECTION, { value: true });
  return r;
}

export function isDropConnection(r: Response): boolean {
  return (r as unknown as Record<symbol, unknown>)[DROP_CONNECTION] === true;
}

/** Builds a WHATWG Request from a Node (HTTP/1.1 or HTTP/2) request. */
export async function toWebRequest(req: NodeRequest, scheme = 'https'): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (name.startsWith(':') || value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.set(name, value);
  }
  // HTTP/2 has no Host header: the authority pseudo-header carries it.
  const authority =
    (req.headers[':authority'] as string | undefined) ?? req.headers.host ?? 'localhost';
  const url = `${scheme}://${authority}${req.url ?? '/'}`;
  const method = req.method ?? 'GET';
  let body: ArrayBuffer | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
    const buf = Buffer.concat(chunks);
    body = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
  }
  return new Request(url, { method, headers, body });
}

/** Writes a WHATWG Response to a Node response. */
export async function writeWebResponse(response: Response, res: NodeResponse): Promise<void> {
  if (isDropConnection(response)) {
    const stream = 'stream' in res ? res.stream : undefined;
    if (stream) stream.close(0x2 /* INTERNAL_ERROR */);
    else res.socket?.destroy();
    return;
  }
  const setCookies = response.headers.getSetCookie();
  const head: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') head[name] = value;
  });
  if (setCookies.length > 0) head['set-cookie'] = setCookies;
  const body = Buffer.from(await response.arrayBuffer());
  (res as ServerResponse).writeHead(response.status, head);
  (res as ServerResponse).end(body);
}

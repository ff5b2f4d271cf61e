/**
 * An error Microsoft Graph would answer with. Thrown anywhere in the Graph half and turned
 * into Graph's error envelope (`{"error":{"code","message","innerError":{...}}}`) by the HTTP layer.
 */
export class GraphApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly headers: Record<string, string>;
  /** Extra members of `error` beyond code/message/innerError, when Graph sends them. */
  readonly details: Record<string, unknown>;

  constructor(
    status: number,
    code: string,
    message: string,
    options: { headers?: Record<string, string>; details?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.name = 'GraphApiError';
    this.status = status;
    this.code = code;
    this.headers = options.headers ?? {};
    this.details = options.details ?? {};
  }
}

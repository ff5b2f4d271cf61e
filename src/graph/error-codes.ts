/** Codes the client itself assigns when Graph never answered with its error envelope. */
export const ClientErrorCode = {
  /** The request never got an HTTP answer (offline, DNS, CORS, connection reset). */
  network: 'NetworkError',
  /** No answer within the per-request timeout. */
  timeout: 'Timeout',
  /** A success reply whose body is not JSON. */
  malformedResponse: 'MalformedResponse',
  /** An error reply without Graph's `{"error":{...}}` envelope (a proxy page, an empty 502). */
  unexpectedResponse: 'UnexpectedResponse',
  /** A `$batch` reply that left out one of our items. */
  missingBatchResponse: 'MissingBatchResponse',
  /** An `@odata.nextLink` outside our Graph base URL: we will not send it our token. */
  untrustedNextLink: 'UntrustedNextLink',
  /** The server handed back the page we just read as the next one. */
  pagingLoop: 'PagingLoop',
} as const;

import { newGuid, stsTimestamp } from './ids.ts';

export interface StsErrorInit {
  /** OAuth 2.0 `error` (`invalid_grant`, `interaction_required`, ...). */
  error: string;
  /** The AADSTS number, e.g. 70008. */
  code: number;
  /** Text after `AADSTSnnnn: `. */
  description: string;
  suberror?: string;
  /** A claims challenge the client should send on its next interactive request. */
  claims?: string;
  status?: number;
}

/**
 * An error of the Microsoft identity platform (the STS). Thrown inside the emulator and turned
 * into the JSON body (token endpoint), the redirect parameters (authorize) or the HTML page
 * (authorize, before a redirect URI is trusted) that Entra would answer.
 */
export class StsError extends Error {
  readonly error: string;
  readonly code: number;
  readonly description: string;
  readonly suberror: string | undefined;
  readonly claims: string | undefined;
  readonly status: number;

  constructor(init: StsErrorInit) {
    super(`AADSTS${String(init.code)}: ${init.description}`);
    this.name = 'StsError';
    this.error = init.error;
    this.code = init.code;
    this.description = init.description;
    this.suberror = init.suberror;
    this.claims = init.claims;
    this.status = init.status ?? 400;
  }
}

export interface StsErrorDetails {
  error: string;
  error_description: string;
  error_codes: number[];
  timestamp: string;
  trace_id: string;
  correlation_id: string;
  error_uri: string;
  suberror?: string;
  claims?: string;
}

/** The fields Entra sends with every error, with diagnostics appended to the description. */
export function stsErrorDetails(
  err: StsError,
  now: Date,
  correlationId: string,
  traceId: string = newGuid(),
): StsErrorDetails {
  const timestamp = stsTimestamp(now);
  const details: StsErrorDetails = {
    error: err.error,
    error_description: `${err.message}\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlationId}\r\nTimestamp: ${timestamp}`,
    error_codes: [err.code],
    timestamp,
    trace_id: traceId,
    correlation_id: correlationId,
    error_uri: `https://login.microsoftonline.com/error?code=${String(err.code)}`,
  };
  if (err.suberror) details.suberror = err.suberror;
  if (err.claims) details.claims = err.claims;
  return details;
}

export function missingParameter(name: string): StsError {
  return new StsError({
    error: 'invalid_request',
    code: 900144,
    description: `The request body must contain the following parameter: '${name}'.`,
  });
}

export function unknownClient(clientId: string, tenantId: string): StsError {
  return new StsError({
    error: 'unauthorized_client',
    code: 700016,
    description: `Application with identifier '${clientId}' was not found in the directory '${tenantId}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
  });
}

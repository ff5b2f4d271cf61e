import { describe, expect, it } from 'vitest';
import { graphErrorFromReply, toHeaders } from './graph-error.ts';
import { errorEnvelope } from './testing/fake-graph.ts';

const NOW = Date.parse('2026-11-29T10:00:00Z');
const ENCODED =
  '%7B%22access_token%22%3A%7B%22acrs%22%3A%7B%22essential%22%3Atrue%2C%22value%22%3A%22c1%22%7D%7D%7D';

const reply = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  graphErrorFromReply({
    status,
    headers: toHeaders(headers),
    body,
    now: NOW,
    clientRequestId: 'sent-id',
  });

describe('graphErrorFromReply', () => {
  it('reads code, message and the innerError trace fields', () => {
    const error = reply(
      400,
      errorEnvelope('RoleAssignmentExists', 'The Role assignment already exists.'),
    );
    expect(error).toMatchObject({
      name: 'GraphError',
      status: 400,
      code: 'RoleAssignmentExists',
      message: 'The Role assignment already exists.',
      requestId: 'req-1234',
      clientRequestId: 'client-5678',
      date: '2026-11-29T10:00:00',
      innerCode: undefined,
      claims: undefined,
    });
  });

  it('extracts the claims of a 400 RoleAssignmentRequestAcrsValidationFailed', () => {
    const error = reply(
      400,
      errorEnvelope(
        'RoleAssignmentRequestAcrsValidationFailed',
        `Auth context required. &claims=${ENCODED}`,
      ),
    );
    expect(error.claims).toBe('{"access_token":{"acrs":{"essential":true,"value":"c1"}}}');
  });

  it('unwraps UnknownError whose message is JSON with errorCode', () => {
    const message = JSON.stringify({
      errorCode: 'PermissionScopeNotGranted',
      message:
        'Authorization failed due to missing permission scope RoleAssignmentSchedule.ReadWrite.Directory.',
      instanceAnnotations: [],
    });
    const error = reply(403, errorEnvelope('UnknownError', message));
    expect(error.code).toBe('UnknownError');
    expect(error.innerCode).toBe('PermissionScopeNotGranted');
    expect(error.message).toMatch(/^Authorization failed/);
  });

  it('leaves a plain UnknownError alone', () => {
    const error = reply(500, errorEnvelope('UnknownError', 'Something broke'));
    expect(error).toMatchObject({ innerCode: undefined, message: 'Something broke' });
  });

  it('falls back to headers and a client code when there is no envelope', () => {
    const error = reply(502, '<html>Bad gateway</html>', {
      'request-id': 'hdr-req',
      Date: 'Sun, 29 Nov 2026 10:00:00 GMT',
      'Retry-After': '4',
    });
    expect(error).toMatchObject({
      status: 502,
      code: 'UnexpectedResponse',
      requestId: 'hdr-req',
      clientRequestId: 'sent-id',
      date: 'Sun, 29 Nov 2026 10:00:00 GMT',
      retryAfterMs: 4000,
    });
    expect(error.message).toContain('502');
  });

  it('treats an empty code as no code', () => {
    const error = reply(403, {
      error: { code: '', message: 'You do not have the required permissions.' },
    });
    expect(error.code).toBe('UnexpectedResponse');
    expect(error.message).toBe('You do not have the required permissions.');
  });
});

import { describe, expect, it } from 'vitest';
import { createGraphClient } from './client.ts';
import { withClaimsChallenge } from './with-claims-challenge.ts';
import { createFakeGraph, createFakeTokens, graphError, graphJson } from './testing/fake-graph.ts';

const SCOPES = ['RoleAssignmentSchedule.ReadWrite.Directory'];
const PATH = '/roleManagement/directory/roleAssignmentScheduleRequests';
const CLAIMS = '{"access_token":{"acrs":{"essential":true,"value":"c1"}}}';
const ENCODED = encodeURIComponent(CLAIMS);

function setup(acceptStepUp: boolean) {
  const server = createFakeGraph();
  const tokens = createFakeTokens();
  const client = createGraphClient({
    baseUrl: server.baseUrl,
    getToken: tokens.getToken,
    fetch: server.fetch,
  });
  server.on('POST', `/v1.0${PATH}`, (request) => {
    const steppedUp = request.headers.get('authorization')?.endsWith('-stepped-up') === true;
    return steppedUp && acceptStepUp
      ? graphJson(201, { id: 'req-1', status: 'Provisioned' })
      : graphError(
          400,
          'RoleAssignmentRequestAcrsValidationFailed',
          `The following policy rules failed: ["AcrsRule"] &claims=${ENCODED}`,
        );
  });
  const activate = (claims: string | undefined) =>
    client.post<{ id: string }>(PATH, { action: 'selfActivate' }, { scopes: SCOPES, claims });
  return { server, tokens, activate };
}

describe('withClaimsChallenge', () => {
  it('steps up with the challenged claims and retries once', async () => {
    const { server, tokens, activate } = setup(true);
    await expect(withClaimsChallenge(activate)).resolves.toMatchObject({ id: 'req-1' });
    expect(tokens.calls.map((call) => call.options?.claims)).toEqual([undefined, CLAIMS]);
    expect(server.calls).toHaveLength(2);
  });

  it('surfaces a second challenge instead of prompting again', async () => {
    const { server, activate } = setup(false);
    await expect(withClaimsChallenge(activate)).rejects.toMatchObject({
      code: 'RoleAssignmentRequestAcrsValidationFailed',
      claims: CLAIMS,
    });
    expect(server.calls).toHaveLength(2);
  });

  it('sends known claims up front and leaves other errors alone', async () => {
    const { tokens, activate } = setup(true);
    await expect(withClaimsChallenge(activate, CLAIMS)).resolves.toMatchObject({ id: 'req-1' });
    expect(tokens.calls.map((call) => call.options?.claims)).toEqual([CLAIMS]);

    let calls = 0;
    const failing = () => {
      calls += 1;
      return Promise.reject(new Error('offline'));
    };
    await expect(withClaimsChallenge(failing)).rejects.toThrow('offline');
    expect(calls).toBe(1);
  });
});

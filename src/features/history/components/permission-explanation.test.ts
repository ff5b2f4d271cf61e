import { describe, expect, it } from 'vitest';
import { GraphError } from '../../../graph/graph-error.ts';
import { accessProblemOf } from './permission-explanation.tsx';

const error = (init: Partial<ConstructorParameters<typeof GraphError>[0]>) =>
  new GraphError({ status: 403, code: 'UnknownError', message: 'x', ...init });

describe('accessProblemOf', () => {
  it('a missing directory role, from the code', () => {
    expect(accessProblemOf(error({ code: 'Authorization_RequestDenied' }))).toBe('role');
  });

  it('a permission the tenant never consented to, from the wrapped PIM code', () => {
    expect(accessProblemOf(error({ innerCode: 'PermissionScopeNotGranted' }))).toBe('consent');
  });

  it('not for a step-up request, a server error, or anything that is not a GraphError', () => {
    expect(accessProblemOf(error({ claims: '{"access_token":{}}' }))).toBeUndefined();
    expect(accessProblemOf(error({ status: 500, code: 'InternalServerError' }))).toBeUndefined();
    expect(accessProblemOf(new Error('Insufficient privileges'))).toBeUndefined();
  });
});

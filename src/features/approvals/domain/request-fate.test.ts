import { describe, expect, it } from 'vitest';
import { describeFate } from './request-fate.ts';

describe('describeFate', () => {
  it('says plainly what became of a request', () => {
    expect(describeFate({ kind: 'status', status: 'Provisioned' })).toBe(
      'This request was already approved.',
    );
    expect(describeFate({ kind: 'status', status: 'denied' })).toBe(
      'This request was already denied, or it timed out.',
    );
    expect(describeFate({ kind: 'status', status: 'Canceled' })).toBe(
      'The requester canceled this request.',
    );
    expect(describeFate({ kind: 'status', status: 'PendingApproval' })).toContain('another');
    expect(describeFate({ kind: 'timedOut' })).toContain('PIM denied it');
    expect(describeFate({ kind: 'unknown' })).toContain('not one of its approvers');
  });
});

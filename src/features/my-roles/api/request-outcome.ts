import type { BatchItemResult } from '../../../graph/batch.ts';
import { ClientErrorCode } from '../../../graph/error-codes.ts';
import { describePimError } from '../../../domain/pim-error-copy.ts';

/** What became of one role's request, in the terms the row shows. */
export type RequestOutcome =
  | {
      key: string;
      kind: 'active' | 'activating' | 'pending' | 'scheduled' | 'done';
      requestId: string;
    }
  | {
      key: string;
      kind: 'failed';
      summary: string;
      action: string;
      /** Graph's code (and PIM's inner code) for support. */
      code: string;
      requestId: string | undefined;
    };

/** Maps a request's `status` (GRAPH-PIM.md §4) or its failure to an outcome. */
export function toOutcome(
  key: string,
  result: BatchItemResult<{ id?: string; status?: string | null }> | undefined,
): RequestOutcome {
  if (!result) {
    const copy = describePimError(ClientErrorCode.missingBatchResponse);
    return {
      key,
      kind: 'failed',
      ...copy,
      code: ClientErrorCode.missingBatchResponse,
      requestId: undefined,
    };
  }
  if (!result.ok) {
    const { error } = result;
    return {
      key,
      kind: 'failed',
      ...describePimError(error.code, error.innerCode),
      code: error.innerCode ? `${error.code} (${error.innerCode})` : error.code,
      requestId: error.requestId,
    };
  }
  const requestId = result.body.id ?? '';
  switch (result.body.status?.toLowerCase()) {
    case 'provisioned':
      return { key, kind: 'active', requestId };
    case 'pendingapproval':
      return { key, kind: 'pending', requestId };
    case 'granted':
      return { key, kind: 'scheduled', requestId };
    case 'revoked':
    case 'canceled':
      return { key, kind: 'done', requestId };
    default:
      // PendingProvisioning and the other transient states: the instance is on its way.
      return { key, kind: 'activating', requestId };
  }
}

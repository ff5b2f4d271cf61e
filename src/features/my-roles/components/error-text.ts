import { isGraphError } from '../../../graph/graph-error.ts';
import { describePimError } from '../../../domain/pim-error-copy.ts';

/** A failed load or batch in plain words, with the Graph code for support. */
export function errorText(error: unknown): { title: string; body: string } {
  if (!isGraphError(error))
    return { title: 'Your roles could not be loaded.', body: String(error) };
  const copy = describePimError(error.code, error.innerCode);
  const code = error.innerCode ? `${error.code} (${error.innerCode})` : error.code;
  return { title: copy.summary, body: `${copy.action} Code: ${code}.` };
}

import type { Emulator } from '../emulator.ts';

/** Controls owned by the identity half; `undefined` when the subpath is not one of them. */
export function handleIdentityControl(
  _emulator: Emulator,
  _request: Request,
  _url: URL,
  _subpath: string,
): Promise<Response | undefined> {
  return Promise.resolve(undefined);
}

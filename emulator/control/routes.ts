import type { Emulator } from '../emulator.ts';
import { handleIdentityControl } from './identity-controls.ts';
import { handleTenantControl } from './tenant-controls.ts';

/** `/emulator/_control/*`: test and demo controls. They exist only in the emulator. */
export async function handleControl(
  emulator: Emulator,
  request: Request,
  url: URL,
  subpath: string,
): Promise<Response> {
  const response =
    (await handleIdentityControl(emulator, request, url, subpath)) ??
    (await handleTenantControl(emulator, request, url, subpath));
  return (
    response ??
    Response.json(
      { error: 'not_found', error_description: `The emulator has no control ${subpath}.` },
      { status: 404 },
    )
  );
}

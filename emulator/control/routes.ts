import type { Emulator } from '../emulator.ts';

/** `/emulator/_control/*`: test and demo controls. They exist only in the emulator. */
export function handleControl(
  _emulator: Emulator,
  _request: Request,
  _url: URL,
  subpath: string,
): Promise<Response> {
  return Promise.resolve(
    Response.json(
      { error: 'not_found', error_description: `No control ${subpath}` },
      { status: 404 },
    ),
  );
}

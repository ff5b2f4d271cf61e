import type { Clock } from '../clock.ts';
import type { Identity } from '../identity/identity.ts';
import { PERSONAS, type Persona } from '../tenant/personas.ts';

/** Looks users up for the identity half (sign-in page personas, token minting). */
export interface Directory {
  personas(): readonly Persona[];
  findUser(idOrUserPrincipalName: string): Persona | undefined;
}

export interface Tenant extends Directory {
  /** Answers `/emulator/graph/<subpath>` (subpath starts with `/v1.0/` or `/beta/`). */
  handleGraph(request: Request, url: URL, subpath: string, identity: Identity): Promise<Response>;
}

export function createTenant(_options: { clock: Clock; scenario: string }): Tenant {
  return {
    personas: () => PERSONAS,
    findUser: (key) =>
      PERSONAS.find(
        (p) =>
          p.id === key.toLowerCase() || p.userPrincipalName.toLowerCase() === key.toLowerCase(),
      ),
    handleGraph: () =>
      Promise.resolve(Response.json({ error: { code: 'NotImplemented' } }, { status: 501 })),
  };
}

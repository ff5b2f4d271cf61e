import { expect, type APIRequestContext } from '@playwright/test';

/** A Graph access token for a persona, minted by the emulator's control (no browser). */
export async function mintToken(
  request: APIRequestContext,
  userPrincipalName: string,
  scopes: string[],
  { mfa = false }: { mfa?: boolean } = {},
): Promise<string> {
  const reply = await request.post('/emulator/_control/token', {
    data: { userPrincipalName, scopes, mfa },
  });
  expect(reply.ok(), await reply.text()).toBe(true);
  return ((await reply.json()) as { access_token: string }).access_token;
}

/** A persona's user principal name, by display name, from the emulator's info. */
export async function personaUpn(request: APIRequestContext, displayName: string): Promise<string> {
  const info = (await (await request.get('/emulator/_control/info')).json()) as {
    personas: { displayName: string; userPrincipalName: string }[];
  };
  const persona = info.personas.find((p) => p.displayName === displayName);
  if (!persona) throw new Error(`No persona ${displayName}`);
  return persona.userPrincipalName;
}

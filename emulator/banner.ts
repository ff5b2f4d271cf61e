import { authorityFor, graphBaseUrlFor } from './constants.ts';
import type { Emulator } from './emulator.ts';

/** What a newcomer needs on the terminal: where to go, who to sign in as, what to expect. */
export function printBanner(input: {
  origin: string;
  standalone: boolean;
  emulator: Emulator;
}): void {
  const { origin, standalone, emulator } = input;
  const lines = [
    '',
    standalone
      ? `  Emulated Entra tenant (identity + Microsoft Graph PIM) at ${origin}`
      : `  PIM Portal on the emulated Contoso tenant: ${origin}/`,
    `  Authority:  ${authorityFor(origin)}`,
    `  Graph:      ${graphBaseUrlFor(origin)}/v1.0`,
    `  Controls:   ${origin}/emulator/_control/info`,
    '',
    '  Sign in as any of these demo personas (no password):',
    ...emulator.tenant
      .personas()
      .map(
        (p) =>
          `    - ${p.displayName.padEnd(18)} ${p.userPrincipalName.padEnd(34)} ${p.description}`,
      ),
    '',
    '  The certificate is self-signed and made on this machine: the browser warns once',
    '  ("Your connection is not private"); choose Advanced → Proceed to localhost.',
    '',
  ];
  console.log(lines.join('\n'));
}

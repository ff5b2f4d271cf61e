import type { Clock } from '../clock.ts';
import type { Directory } from '../graph/tenant.ts';
import type { GrantStore } from './grant-store.ts';
import type { SigningKey } from './signing-key.ts';
import type { TokenMinter } from './tokens.ts';

/** What the identity endpoints share: one per emulator instance. */
export interface IdentityContext {
  clock: Clock;
  directory: Directory;
  store: GrantStore;
  key: SigningKey;
  minter: TokenMinter;
  /** Graph permission names (lower-case) the tenant has not consented to. */
  consentDenied: ReadonlySet<string>;
}

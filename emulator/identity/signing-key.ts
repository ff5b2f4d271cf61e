import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  importJWK,
  type CryptoKey,
  type JWK,
} from 'jose';

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /** The public half as published in the JWKS (`kty`, `use`, `kid`, `n`, `e`). */
  publicJwk: JWK;
}

const ALG = 'RS256';

/**
 * Loads the RS256 signing key from `keyFile`, or makes one (and saves it there). Persisting it
 * keeps tokens the browser still holds valid across a dev-server restart. With `keyFile` null
 * (tests) the key lives in memory only.
 */
export async function loadSigningKey(keyFile: string | null): Promise<SigningKey> {
  const stored = keyFile ? await readStoredKey(keyFile) : undefined;
  if (stored) return fromPrivateJwk(stored);
  const { privateKey } = await generateKeyPair(ALG, { modulusLength: 2048, extractable: true });
  const jwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint(jwk);
  const privateJwk: JWK = { ...jwk, kid, alg: ALG, use: 'sig' };
  if (keyFile) await storeKey(keyFile, privateJwk);
  return fromPrivateJwk(privateJwk);
}

async function readStoredKey(keyFile: string): Promise<JWK | undefined> {
  let text: string;
  try {
    text = await readFile(keyFile, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const jwk = JSON.parse(text) as JWK;
    // A truncated or foreign file is replaced rather than trusted.
    if (jwk.kty === 'RSA' && typeof jwk.d === 'string' && typeof jwk.kid === 'string') return jwk;
  } catch {
    // fall through: regenerate
  }
  return undefined;
}

async function storeKey(keyFile: string, jwk: JWK): Promise<void> {
  await mkdir(path.dirname(keyFile), { recursive: true });
  // Write then rename, so a crash never leaves half a key behind.
  const temp = `${keyFile}.${String(process.pid)}.tmp`;
  await writeFile(temp, `${JSON.stringify(jwk, null, 2)}\n`, { mode: 0o600 });
  await rename(temp, keyFile);
}

async function fromPrivateJwk(jwk: JWK): Promise<SigningKey> {
  const kid = jwk.kid ?? (await calculateJwkThumbprint(jwk));
  const publicJwk: JWK = { kty: 'RSA', use: 'sig', kid, n: jwk.n, e: jwk.e };
  const privateKey = await importJWK({ ...jwk, ext: false }, ALG);
  const publicKey = await importJWK(publicJwk, ALG);
  if (privateKey instanceof Uint8Array || publicKey instanceof Uint8Array) {
    throw new Error('identity: the signing key is not an RSA key');
  }
  return { kid, privateKey, publicKey, publicJwk };
}

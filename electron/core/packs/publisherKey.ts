import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The library's signing identity: its Ed25519 private key, and the public key as packs carry it. */
export interface PublisherKey {
  readonly privateKey: KeyObject;
  /** SPKI DER in base64. */
  readonly publicKey: string;
}

/** The file, in the library folder, that holds the private key (PEM, readable by its owner only). */
const publisherKeyFile = 'publisher-key.pem';

/** The library's key pair, made the first time a library needs it and never replaced. */
export function loadPublisherKey(libraryDir: string): PublisherKey {
  const path = join(libraryDir, publisherKeyFile);
  let pem: string;
  try {
    pem = readFileSync(path, 'utf8');
  } catch {
    pem = createPublisherKey(path);
  }
  const privateKey = createPrivateKey(pem);
  return { privateKey, publicKey: publicKeyText(createPublicKey(privateKey)) };
}

/** A public key as packs carry it. */
function publicKeyText(key: KeyObject): string {
  return key.export({ type: 'spki', format: 'der' }).toString('base64');
}

// Written whole under a temporary name, then linked into place: link fails if the key exists, so two processes
// making a key at once both end up with the one that won, and a crash never leaves half a key.
function createPublisherKey(path: string): string {
  const { privateKey } = generateKeyPairSync('ed25519');
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flush: true });
  try {
    linkSync(temporary, path);
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code !== 'EEXIST') throw cause;
  } finally {
    rmSync(temporary, { force: true });
  }
  return readFileSync(path, 'utf8');
}

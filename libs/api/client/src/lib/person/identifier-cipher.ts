import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@waymark/api/common';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Encrypts client identifiers (AES-256-GCM) under CLIENT_DATA_KEY. A stored value reads
 * `<key id>:<base64 of iv ‖ tag ‖ ciphertext>`: the key id says which key sealed it, so a
 * new key can take over while old values are still read (and re-sealed) with the old one.
 * Each value is bound to the row it belongs to (`context`, the additional authenticated
 * data), so a ciphertext copied onto another row does not decrypt.
 */
@Injectable()
export class IdentifierCipher {
  private readonly key: Buffer;
  private readonly keyId: string;

  constructor(config: AppConfig) {
    this.key = Buffer.from(config.CLIENT_DATA_KEY, 'base64');
    this.keyId = createHash('sha256').update(this.key).digest('hex').slice(0, 8);
  }

  encrypt(value: string, context: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.key, iv).setAAD(Buffer.from(context));
    const ciphertext = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
    return `${this.keyId}:${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64')}`;
  }

  decrypt(stored: string, context: string): string {
    const [keyId, sealed] = stored.split(':');
    if (keyId !== this.keyId || !sealed) throw new Error(`client identifier sealed under unknown key ${keyId}`);
    const bytes = Buffer.from(sealed, 'base64');
    const decipher = createDecipheriv(ALGORITHM, this.key, bytes.subarray(0, IV_BYTES)).setAAD(Buffer.from(context));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }
}

import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@waymark/api/common';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Seals webhook signing secrets (AES-256-GCM under WEBHOOK_SECRET_KEY). They cannot be hashed
 * like passwords: every delivery is signed with the secret itself. A sealed value reads
 * `<key id>:<base64 of iv ‖ tag ‖ ciphertext>` and is bound to its subscription's id (the
 * additional authenticated data), so a value copied onto another row does not open. The key
 * id picks the key to open with, so while WEBHOOK_SECRET_KEY is rotated the one it replaced
 * (WEBHOOK_SECRET_KEY_PREVIOUS) still opens what it sealed.
 */
@Injectable()
export class WebhookSecretCipher {
  private readonly key: Buffer;
  private readonly keyId: string;
  private readonly keys = new Map<string, Buffer>();

  constructor(config: AppConfig) {
    this.key = Buffer.from(config.WEBHOOK_SECRET_KEY, 'base64');
    this.keyId = idOf(this.key);
    if (config.WEBHOOK_SECRET_KEY_PREVIOUS) {
      const previous = Buffer.from(config.WEBHOOK_SECRET_KEY_PREVIOUS, 'base64');
      this.keys.set(idOf(previous), previous);
    }
    this.keys.set(this.keyId, this.key);
  }

  /** A new secret to show once: `whsec_` and 32 random bytes in base64url. */
  newSecret(): string {
    return `whsec_${randomBytes(32).toString('base64url')}`;
  }

  seal(secret: string, subscriptionId: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.key, iv).setAAD(Buffer.from(subscriptionId));
    const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return `${this.keyId}:${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64')}`;
  }

  open(sealed: string, subscriptionId: string): string {
    const [keyId, body] = sealed.split(':');
    const key = this.keys.get(keyId);
    if (!key || !body) throw new Error(`webhook secret sealed under unknown key ${keyId}`);
    const bytes = Buffer.from(body, 'base64');
    const decipher = createDecipheriv(ALGORITHM, key, bytes.subarray(0, IV_BYTES)).setAAD(Buffer.from(subscriptionId));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }
}

function idOf(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}

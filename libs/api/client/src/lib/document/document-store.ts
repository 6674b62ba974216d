/**
 * Where documents' bytes live, by key. One small interface so a large deployment can keep
 * them in an S3-compatible store instead of PostgreSQL (DOCUMENT_STORE). Keys are unique
 * within an agency; each implementation scopes them by the request's agency itself.
 */
export abstract class DocumentStore {
  /**
   * Whether a put is part of the caller's transaction (PostgreSQL): then a rolled-back upload
   * leaves no bytes behind by itself; otherwise the caller deletes what it put.
   */
  abstract readonly transactional: boolean;

  abstract put(key: string, content: Buffer, contentType: string): Promise<void>;

  /** The bytes, or null when there are none under the key. */
  abstract get(key: string): Promise<Buffer | null>;

  /** Removes the bytes; a key with none is no error. */
  abstract delete(key: string): Promise<void>;
}

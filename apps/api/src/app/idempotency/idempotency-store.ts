import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GraphQLFormattedError } from 'graphql';
import type { DataSource } from 'typeorm';

/** How long a key answers with its first response (and refuses another body). */
export const IDEMPOTENCY_KEY_TTL = '24 hours';

/**
 * A first request that has not answered after this long is taken as lost (the instance died
 * between claiming the key and storing the response); a retry may then run again.
 */
const ABANDONED_AFTER = '5 minutes';

/** Whose key it is: one caller (user or API client) of one agency. */
export interface KeyOwner {
  agencyId: string;
  principalId: string;
  key: string;
}

/** The body a replay sends: the first response's data and errors (a partial answer), exactly. */
export interface StoredResponse {
  data: Record<string, unknown> | null;
  errors?: readonly GraphQLFormattedError[];
}

/** The record the first request created, as its CREATE audit event named it. */
export interface CreatedRecord {
  entityType: string | null;
  entityId: string | null;
  clientId: string | null;
}

/** The request that holds a key: its owner and the token of its claim. */
export interface KeyClaim {
  owner: KeyOwner;
  token: string;
}

export type Claim =
  | { kind: 'claimed'; claim: KeyClaim }
  | { kind: 'replay'; response: StoredResponse; created: CreatedRecord }
  | { kind: 'reused' }
  | { kind: 'in-flight' };

interface KeyRow {
  request_hash: string;
  status: 'IN_FLIGHT' | 'DONE';
  response: StoredResponse | null;
  created_entity_type: string | null;
  created_entity_id: string | null;
  created_client_id: string | null;
}

/**
 * The idempotency_key table. Each statement commits on its own, outside the mutation's
 * transaction: a claim must be seen by a concurrent request at once, and a release must stand
 * when the mutation rolled back.
 */
@Injectable()
export class IdempotencyStore {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Takes the key for this request, or says what the earlier request with it left. An expired
   * or abandoned row is taken over. A row deleted between the two statements (its request
   * failed) is claimed on the next round. Each claim gets a fresh token: only the request
   * holding it may complete or release the key, so a slow first request whose key was taken
   * over as abandoned can no longer store its answer over, or free, the new holder's claim.
   */
  async claim(owner: KeyOwner, requestHash: string): Promise<Claim> {
    for (;;) {
      const token = randomUUID();
      const claimed: unknown[] = await this.db.query(
        `INSERT INTO idempotency_key (agency_id, principal_id, key, request_hash, status, claim_token, expires_at)
         VALUES ($1, $2, $3, $4, 'IN_FLIGHT', $5, now() + interval '${IDEMPOTENCY_KEY_TTL}')
         ON CONFLICT (agency_id, principal_id, key) DO UPDATE
           SET request_hash = EXCLUDED.request_hash, status = 'IN_FLIGHT', response = NULL, claim_token = EXCLUDED.claim_token,
               created_entity_type = NULL, created_entity_id = NULL, created_client_id = NULL,
               created_at = now(), expires_at = EXCLUDED.expires_at
           WHERE idempotency_key.expires_at <= now()
              OR (idempotency_key.status = 'IN_FLIGHT' AND idempotency_key.created_at < now() - interval '${ABANDONED_AFTER}')
         RETURNING 1`,
        [owner.agencyId, owner.principalId, owner.key, requestHash, token],
      );
      if (claimed.length > 0) return { kind: 'claimed', claim: { owner, token } };
      const [row]: KeyRow[] = await this.db.query(
        `SELECT request_hash, status, response, created_entity_type, created_entity_id, created_client_id
         FROM idempotency_key WHERE agency_id = $1 AND principal_id = $2 AND key = $3`,
        [owner.agencyId, owner.principalId, owner.key],
      );
      if (!row) continue;
      if (row.request_hash !== requestHash) return { kind: 'reused' };
      // A DONE row always holds its response (a CHECK in the table says so).
      if (row.status === 'IN_FLIGHT' || !row.response) return { kind: 'in-flight' };
      const created = { entityType: row.created_entity_type, entityId: row.created_entity_id, clientId: row.created_client_id };
      return { kind: 'replay', response: row.response, created };
    }
  }

  /**
   * The first request's create stands: keep its response for replays, with the record its
   * CREATE audit event named: the first of the caller's events since the claim that carries the
   * request's id (which the (agency, actor, time) index reaches at once). The actor matters: a
   * request id may come from the caller's X-Request-Id, so another caller could send the same.
   */
  async complete({ owner, token }: KeyClaim, response: StoredResponse, requestId: string | undefined): Promise<void> {
    await this.db.query(
      `WITH created AS (
         SELECT a.entity_type, a.entity_id, a.client_id FROM audit_event a
         WHERE a.agency_id = $1 AND a.actor_id = $2 AND a.action = 'CREATE' AND a.request_id = $6
           AND a.occurred_at >= (SELECT created_at FROM idempotency_key WHERE agency_id = $1 AND principal_id = $2 AND key = $3)
         ORDER BY a.occurred_at, a.id LIMIT 1
       )
       UPDATE idempotency_key
       SET status = 'DONE', response = $5, created_entity_type = (SELECT entity_type FROM created),
           created_entity_id = (SELECT entity_id FROM created), created_client_id = (SELECT client_id FROM created)
       WHERE agency_id = $1 AND principal_id = $2 AND key = $3 AND status = 'IN_FLIGHT' AND claim_token = $4`,
      [owner.agencyId, owner.principalId, owner.key, token, JSON.stringify(response), requestId ?? null],
    );
  }

  /** The first request's create did not happen: free the key, so a retry runs afresh. */
  async release({ owner, token }: KeyClaim): Promise<void> {
    await this.db.query(
      `DELETE FROM idempotency_key WHERE agency_id = $1 AND principal_id = $2 AND key = $3 AND status = 'IN_FLIGHT' AND claim_token = $4`,
      [owner.agencyId, owner.principalId, owner.key, token],
    );
  }

  /** Deletes expired keys; returns how many. */
  async purgeExpired(): Promise<number> {
    const [, count]: [unknown, number] = await this.db.query(`DELETE FROM idempotency_key WHERE expires_at <= now()`);
    return count;
  }
}

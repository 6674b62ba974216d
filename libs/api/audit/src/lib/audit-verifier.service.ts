import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { GENESIS_HASH, hashEvent, PLATFORM_CHAIN, SEALABLE_COLUMNS, type SealableEvent } from './audit-chain';

const BATCH = 2000;

export interface ChainReport {
  intact: boolean;
  sealedCount: number;
  unsealedCount: number;
  firstBrokenEventId: string | null;
  firstBrokenSequence: number | null;
}

type SealRow = SealableEvent & { seal_event_id: string; seq: string; prev_hash: string; hash: string; event_missing: boolean };

/** Recomputes a chain from its first seal and names the first event that no longer matches. */
@Injectable()
export class AuditVerifier {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async verify(chain: string): Promise<ChainReport> {
    let expectedSeq = 1;
    let previousHash = GENESIS_HASH;
    let broken: { eventId: string; seq: number } | null = null;

    while (!broken) {
      const rows: SealRow[] = await this.dataSource.query(
        `SELECT s.event_id::text AS seal_event_id, s.seq, s.prev_hash, s.hash, e.id IS NULL AS event_missing, ${SEALABLE_COLUMNS}
           FROM audit_seal s LEFT JOIN audit_event e ON e.id = s.event_id
          WHERE s.chain = $1 AND s.seq >= $2
          ORDER BY s.seq LIMIT $3`,
        [chain, expectedSeq, BATCH],
      );
      for (const row of rows) {
        const seq = Number(row.seq);
        const intact =
          !row.event_missing && seq === expectedSeq && row.prev_hash === previousHash && hashEvent(previousHash, seq, row) === row.hash;
        if (!intact) {
          broken = { eventId: row.seal_event_id, seq: expectedSeq };
          break;
        }
        previousHash = row.hash;
        expectedSeq++;
      }
      if (rows.length < BATCH) break;
    }

    const [{ sealed, unsealed }] = await this.dataSource.query(
      `SELECT (SELECT count(*) FROM audit_seal WHERE chain = $1)::int AS sealed,
              (SELECT count(*) FROM audit_event e
                WHERE ${chain === PLATFORM_CHAIN ? 'e.agency_id IS NULL' : 'e.agency_id = $1::uuid'}
                  AND NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.event_id = e.id))::int AS unsealed`,
      [chain],
    );
    return {
      intact: broken === null,
      sealedCount: sealed,
      unsealedCount: unsealed,
      firstBrokenEventId: broken?.eventId ?? null,
      firstBrokenSequence: broken?.seq ?? null,
    };
  }
}

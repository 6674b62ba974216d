import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { RequestContext } from '@waymark/api/common';

/** An agency's client number as people read and type it: C-000042. */
export function formatClientNumber(value: number): string {
  return `C-${String(value).padStart(6, '0')}`;
}

/**
 * Hands out the agency's next client number. One upsert on the agency's counter row: its row
 * lock makes concurrent intakes wait for each other's transaction, so no number repeats, and a
 * rolled-back intake gives its number back.
 */
@Injectable()
export class ClientNumbers {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
  ) {}

  async next(): Promise<string> {
    const [{ last_value: value }] = await this.txHost.tx.query(
      `INSERT INTO client_number_counter (agency_id, last_value) VALUES ($1, 1)
       ON CONFLICT (agency_id) DO UPDATE SET last_value = client_number_counter.last_value + 1
       RETURNING last_value`,
      [this.context.agencyId],
    );
    return formatClientNumber(value);
  }
}

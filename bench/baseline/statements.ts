import type { Pool, PoolClient, QueryResultRow } from 'pg';

/**
 * The SQL a request sends, counted as the API's statement tally counts it (transaction control
 * included), so X-Sql-Statements compares like with like.
 */
export class Statements {
  count = 0;

  constructor(private readonly pool: Pool) {}

  /** One statement on any pooled connection (the API's reads outside a transaction). */
  async query<T extends QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
    this.count++;
    return (await this.pool.query<T>(sql, params)).rows;
  }

  /** BEGIN … COMMIT on one connection, ROLLBACK when `work` throws. */
  async transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    const tx = new Transaction(client, this);
    try {
      await tx.query('START TRANSACTION');
      const result = await work(tx);
      await tx.query('COMMIT');
      return result;
    } catch (error) {
      await tx.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

export class Transaction {
  constructor(
    private readonly client: PoolClient,
    private readonly tally: Statements,
  ) {}

  async query<T extends QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
    this.tally.count++;
    return (await this.client.query<T>(sql, params)).rows;
  }
}

/** What both a transaction and the pool answer: routes that run a statement in either take this. */
export type Queryable = Pick<Transaction, 'query'>;

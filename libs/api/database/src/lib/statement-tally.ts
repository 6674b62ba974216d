import type { IncomingMessage } from 'node:http';
import type { Logger } from 'typeorm';
import { type ClsService, ClsServiceManager } from 'nestjs-cls';

const TALLY = Symbol('database.statementTally');

/** The SQL statements one request has sent to PostgreSQL (transaction control included: each is a round trip). */
export interface StatementTally {
  count: number;
}

const printNothing = (): void => undefined;

type TalliedRequest = IncomingMessage & { [TALLY]?: StatementTally };

/**
 * Starts the request's tally, kept both in its context (where queries run) and on the raw
 * request (where the response hook, outside that context, reads it).
 */
export function openStatementTally(cls: ClsService, req: IncomingMessage): void {
  const tally: StatementTally = { count: 0 };
  cls.set(TALLY, tally);
  (req as TalliedRequest)[TALLY] = tally;
}

/** How many statements the request has sent so far; undefined outside a request. */
export function statementsOf(req: IncomingMessage): number | undefined {
  return (req as TalliedRequest)[TALLY]?.count;
}

/**
 * TypeORM's logger, which it calls for every statement whatever the logging setting: counts
 * them against the request they run for, so a benchmark can print statements per request.
 * Prints nothing, as `logging: false` did.
 */
export class StatementCountingLogger implements Logger {
  logQuery(): void {
    const cls = ClsServiceManager.getClsService();
    if (!cls.isActive()) return;
    const tally: StatementTally | undefined = cls.get(TALLY);
    if (tally) tally.count++;
  }

  logQueryError = printNothing;

  logQuerySlow = printNothing;

  logSchemaBuild = printNothing;

  logMigration = printNothing;

  log = printNothing;
}

import type { INestApplicationContext } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { Role } from '@waymark/shared/types';
import { ClsService } from 'nestjs-cls';
import type { RunQuery } from './bulk-insert';
import type { DemoAgency } from './demo-agencies';

/** A query in the step's transaction, typed by the rows it reads. */
export type Read = <T>(sql: string, params: unknown[]) => Promise<T[]>;

/** What a step on the first demo agency works with, all inside its one transaction. */
export interface FirstDemoAgency {
  demo: DemoAgency;
  agency: { id: string; name: string };
  run: RunQuery;
  read: Read;
  /** The email of the demo login of that role (the start banner's), if the demo has one. */
  emailOf: (role: Role) => string | undefined;
  /** The demo login of that role as the agency has it, whether or not it is still active. */
  userOf: (role: Role) => Promise<{ id: string; name: string } | undefined>;
  /** The first `count` active clients, by client number, the worker is primary case manager of in an active enrollment. */
  firstClientsOf: (workerId: string, count: number) => Promise<{ id: string }[]>;
}

/**
 * Runs one demo-seed step on the first demo agency, in a transaction of its own so that a step
 * that fails leaves none of its rows behind. The step is made once: nothing runs when the agency
 * is missing or when `alreadySeededSql` (given the agency's id as $1) finds a row, so seeding
 * again adds nothing to what the first seed made.
 */
export async function onceForFirstDemoAgency(
  app: INestApplicationContext,
  demos: readonly DemoAgency[],
  alreadySeededSql: string,
  seed: (step: FirstDemoAgency) => Promise<void>,
): Promise<void> {
  const txHost: TransactionHost<TransactionalAdapterTypeOrm> = app.get(TransactionHost);
  const demo = demos[0];
  if (!demo) return;
  await app.get(ClsService).run(() =>
    txHost.withTransaction(async () => {
      const run: RunQuery = (sql, params) => txHost.tx.query(sql, params);
      const read: Read = (sql, params) => txHost.tx.query(sql, params);
      const [agency] = await read<{ id: string; name: string }>(`SELECT id, name FROM agency WHERE slug = $1`, [demo.slug]);
      if (!agency || (await read(alreadySeededSql, [agency.id])).length) return;
      const emailOf = (role: Role) => demo.users.find((user) => user.role === role)?.email;
      const userOf = async (role: Role) =>
        (await read<{ id: string; name: string }>(`SELECT id, display_name AS name FROM app_user WHERE agency_id = $1 AND email = $2`, [agency.id, emailOf(role)]))[0];
      const firstClientsOf = (workerId: string, count: number) =>
        read<{ id: string }>(
          `SELECT DISTINCT ON (c.client_number) c.id FROM enrollment e JOIN client c ON c.agency_id = e.agency_id AND c.id = e.client_id
           WHERE e.agency_id = $1 AND e.primary_case_manager_id = $2 AND e.status = 'ACTIVE' AND c.status = 'ACTIVE' ORDER BY c.client_number, e.id LIMIT $3`,
          [agency.id, workerId, count],
        );
      await seed({ demo, agency, run, read, emailOf, userOf, firstClientsOf });
    }),
  );
}

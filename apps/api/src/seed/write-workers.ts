import * as argon2 from 'argon2';
import { AuditAction } from '@waymark/shared/types';
import { bulkInsert, type Columns } from './bulk-insert';
import { DEMO_PASSWORD, type DemoUser } from './demo-agencies';
import type { SeedTools } from './seed-client-records';
import { seedId } from './seed-ids';

interface UserRow {
  id: string;
  email: string;
  display_name: string;
  role: string;
  password_hash: string;
  must_change_password: boolean;
}

const USER: Columns<UserRow> = { id: 'uuid', email: 'text', display_name: 'text', role: 'text', password_hash: 'text', must_change_password: 'bool' };

/**
 * The agency's made-up colleagues in one insert, audited as the admin creating them. They
 * share the demo password, so it is hashed once: argon2 per user would take longer than the
 * rest of a small seed.
 */
export async function writeWorkers(tools: Pick<SeedTools, 'txHost' | 'audit'>, agencyId: string, workers: readonly DemoUser[]): Promise<void> {
  if (!workers.length) return;
  const passwordHash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
  const rows = workers.map((worker): UserRow => ({ id: seedId(), email: worker.email, display_name: worker.displayName, role: worker.role, password_hash: passwordHash, must_change_password: false }));
  await bulkInsert((sql, params) => tools.txHost.tx.query(sql, params), 'app_user', agencyId, USER, rows);
  await tools.audit.record(
    ...rows.map((row) => ({
      action: AuditAction.CREATE,
      entityType: 'User',
      entityId: row.id,
      changes: { email: { to: row.email }, displayName: { to: row.display_name }, role: { to: row.role }, password: { to: 'set' } },
    })),
  );
}

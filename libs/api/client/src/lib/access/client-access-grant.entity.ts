import { Column, Entity } from 'typeorm';
import { ClientHistoryRow } from '../shared/tenant-row.entity';

/**
 * A case manager opened a client outside their caseload, for this reason, until this time;
 * or, marked emergency, someone without access broke the glass (EmergencyAccess).
 */
@Entity('client_access_grant')
export class ClientAccessGrantEntity extends ClientHistoryRow {
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column()
  reason: string;

  @Column({ name: 'granted_at', type: 'timestamptz' })
  grantedAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ default: false })
  emergency: boolean;
}

import { TenantEntity } from '@waymark/api/database';
import type { ApiScope } from '@waymark/shared/types';
import { Column, Entity } from 'typeorm';

/** A key another system calls the API with; its id is also its companion app_user row's. */
@Entity('api_client')
export class ApiClientEntity extends TenantEntity {
  @Column()
  name: string;

  @Column({ type: 'text', array: true })
  scopes: ApiScope[];

  @Column({ name: 'allowed_cidrs', type: 'text', array: true })
  allowedCidrs: string[];

  @Column({ name: 'secret_hash', select: false })
  secretHash: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'rotated_at', type: 'timestamptz', nullable: true })
  rotatedAt: Date | null;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true, insert: false, update: false })
  lastUsedAt: Date | null;

  @Column({ name: 'last_used_ip', type: 'text', nullable: true, insert: false, update: false })
  lastUsedIp: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;
}

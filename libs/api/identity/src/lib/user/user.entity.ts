import { TenantEntity } from '@waymark/api/database';
import type { Role } from '@waymark/shared/types';
import { Column, Entity } from 'typeorm';

@Entity('app_user')
export class UserEntity extends TenantEntity {
  @Column({ type: 'citext' })
  email: string;

  @Column({ name: 'display_name' })
  displayName: string;

  @Column({ type: 'text' })
  role: Role;

  @Column({ name: 'password_hash' })
  passwordHash: string;

  @Column({ name: 'must_change_password' })
  mustChangePassword: boolean;

  @Column()
  active: boolean;

  @Column({ name: 'failed_login_count' })
  failedLoginCount: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  /**
   * PERSON, or API_CLIENT for an API client's companion row (never signs in; see
   * ApiClientService). Set by the database (PERSON by default) and never changed.
   */
  @Column({ type: 'text', insert: false, update: false })
  kind?: 'PERSON' | 'API_CLIENT';
}

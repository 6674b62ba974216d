import type { TeamRole } from '@waymark/shared/types';
import { Column, Entity } from 'typeorm';
import { TenantRow } from '../../shared/tenant-row.entity';

/** A worker who serves the client beside the primary case manager; the client is on their caseload. */
@Entity('enrollment_team_member')
export class EnrollmentTeamMemberEntity extends TenantRow {
  @Column({ name: 'enrollment_id', type: 'uuid' })
  enrollmentId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'team_role', type: 'text' })
  teamRole: TeamRole;

  @Column({ name: 'added_at', type: 'timestamptz' })
  addedAt: Date;
}

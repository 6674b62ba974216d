import type { DirectoryVisibility } from '@waymark/shared/types';
import { Column, Entity } from 'typeorm';
import { TenantEntity } from '@waymark/api/database';

/** HSDS organization: who offers services. SHARED shows it to every agency, PRIVATE only to its keeper. */
@Entity('organization')
export class OrganizationEntity extends TenantEntity {
  @Column({ type: 'text' })
  visibility: DirectoryVisibility;

  /** The agency on Waymark this organization is: referrals to its services reach that agency's inbox. */
  @Column({ name: 'waymark_agency_id', type: 'uuid', nullable: true })
  waymarkAgencyId: string | null;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'alternate_name', type: 'text', nullable: true })
  alternateName: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ name: 'last_verified_on', type: 'date', nullable: true })
  lastVerifiedOn: string | null;
}

import type { DirectoryVisibility } from '@waymark/shared/types';
import { Column, Entity } from 'typeorm';
import { DirectoryRecordEntity } from './directory-record';

/** HSDS organization: who offers services. SHARED shows it to every agency, PRIVATE only to its keeper. */
@Entity('organization')
export class OrganizationEntity extends DirectoryRecordEntity {
  @Column({ type: 'text' })
  visibility: DirectoryVisibility;

  /** The agency on Waymark this organization is: referrals to its services reach that agency's inbox. */
  @Column({ name: 'waymark_agency_id', type: 'uuid', nullable: true })
  waymarkAgencyId: string | null;

  @Column({ type: 'text', nullable: true })
  website: string | null;
}

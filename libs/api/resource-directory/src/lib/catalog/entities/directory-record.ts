import { TenantEntity } from '@waymark/api/database';
import { Column } from 'typeorm';

/** What an HSDS organization and service both have: names, a description, an e-mail, the day someone last checked it. */
export abstract class DirectoryRecordEntity extends TenantEntity {
  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'alternate_name', type: 'text', nullable: true })
  alternateName: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ name: 'last_verified_on', type: 'date', nullable: true })
  lastVerifiedOn: string | null;
}

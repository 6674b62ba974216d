import type { ServiceStatus } from '@waymark/shared/types';
import { Column, Entity } from 'typeorm';
import { DirectoryRecordEntity } from './directory-record';

/** HSDS service. Its search columns are kept by a trigger and never written here. */
@Entity('service')
export class ServiceEntity extends DirectoryRecordEntity {
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'text', nullable: true })
  url: string | null;

  @Column({ type: 'text' })
  status: ServiceStatus;

  @Column({ name: 'interpretation_services', type: 'text', nullable: true })
  interpretationServices: string | null;

  @Column({ name: 'application_process', type: 'text', nullable: true })
  applicationProcess: string | null;

  @Column({ name: 'fees_description', type: 'text', nullable: true })
  feesDescription: string | null;

  @Column({ name: 'eligibility_description', type: 'text', nullable: true })
  eligibilityDescription: string | null;

  @Column({ name: 'minimum_age', type: 'integer', nullable: true })
  minimumAge: number | null;

  @Column({ name: 'maximum_age', type: 'integer', nullable: true })
  maximumAge: number | null;

  @Column({ type: 'text', nullable: true })
  alert: string | null;

  @Column({ type: 'text', array: true })
  keywords: string[];
}

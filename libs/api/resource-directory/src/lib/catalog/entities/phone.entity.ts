import { Column, Entity } from 'typeorm';
import { KeptRow } from './kept-row';

/** HSDS phone of one organization, service or location. */
@Entity('phone')
export class PhoneEntity extends KeptRow {
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ name: 'service_id', type: 'uuid', nullable: true })
  serviceId: string | null;

  @Column({ name: 'location_id', type: 'uuid', nullable: true })
  locationId: string | null;

  @Column({ type: 'text' })
  number: string;

  @Column({ type: 'text', nullable: true })
  extension: string | null;

  @Column({ type: 'text', nullable: true })
  type: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;
}

import { Column, Entity } from 'typeorm';
import { KeptRow } from './kept-row';

/** HSDS service_at_location: a service offered at one of its organization's locations. */
@Entity('service_at_location')
export class ServiceAtLocationEntity extends KeptRow {
  @Column({ name: 'service_id', type: 'uuid' })
  serviceId: string;

  @Column({ name: 'location_id', type: 'uuid' })
  locationId: string;
}

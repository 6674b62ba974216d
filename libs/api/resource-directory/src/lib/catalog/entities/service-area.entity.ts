import { Column, Entity } from 'typeorm';
import { KeptRow } from './kept-row';

/** HSDS service_area: a place the service serves (city, county, zip …). */
@Entity('service_area')
export class ServiceAreaEntity extends KeptRow {
  @Column({ name: 'service_id', type: 'uuid' })
  serviceId: string;

  @Column({ type: 'text' })
  name: string;
}

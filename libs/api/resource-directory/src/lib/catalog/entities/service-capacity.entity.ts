import { Column, Entity } from 'typeorm';
import { KeptRow } from './kept-row';

/** HSDS 3.1 service_capacity: how many of a unit are open, as of `updated`. */
@Entity('service_capacity')
export class ServiceCapacityEntity extends KeptRow {
  @Column({ name: 'service_id', type: 'uuid' })
  serviceId: string;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId: string;

  @Column({ type: 'integer' })
  available: number;

  @Column({ type: 'integer', nullable: true })
  maximum: number | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'timestamptz' })
  updated: Date;
}

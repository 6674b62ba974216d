import { Column, Entity } from 'typeorm';
import { KeptRow } from './kept-row';

/** HSDS address of a location (the physical one is what the catalog edits). */
@Entity('address')
export class AddressEntity extends KeptRow {
  @Column({ name: 'location_id', type: 'uuid' })
  locationId: string;

  @Column({ name: 'address_1', type: 'text' })
  line1: string;

  @Column({ name: 'address_2', type: 'text', nullable: true })
  line2: string | null;

  @Column({ type: 'text' })
  city: string;

  @Column({ type: 'text', nullable: true })
  region: string | null;

  @Column({ name: 'state_province', type: 'text' })
  stateProvince: string;

  @Column({ name: 'postal_code', type: 'text' })
  postalCode: string;

  @Column({ type: 'text' })
  country: string;

  @Column({ name: 'address_type', type: 'text' })
  addressType: string;
}

import type { LocationType } from '@waymark/shared/types';
import { Column, Entity } from 'typeorm';
import { TenantEntity } from '@waymark/api/database';

/** HSDS location: where an organization's services are given. */
@Entity('location')
export class LocationEntity extends TenantEntity {
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ name: 'location_type', type: 'text' })
  locationType: LocationType;

  @Column({ type: 'text', nullable: true })
  url: string | null;

  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', nullable: true })
  transportation: string | null;

  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  @Column({ name: 'time_zone', type: 'text', nullable: true })
  timeZone: string | null;
}

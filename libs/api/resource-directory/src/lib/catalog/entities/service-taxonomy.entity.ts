import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A taxonomy term tagged on a service: one of its categories. */
@Entity('service_taxonomy')
export class ServiceTaxonomyEntity {
  @PrimaryColumn({ name: 'service_id', type: 'uuid' })
  serviceId: string;

  @PrimaryColumn({ name: 'taxonomy_term_id', type: 'uuid' })
  taxonomyTermId: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;
}

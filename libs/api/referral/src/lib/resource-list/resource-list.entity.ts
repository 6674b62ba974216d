import { TenantEntity } from '@waymark/api/database';
import type { ResourceListLanguage, ResourceListOpening } from '@waymark/shared/types';
import { Column, Entity } from 'typeorm';

/** One service as it was handed to the client: the directory's details on the day, kept as they were. */
export interface ResourceListItem {
  serviceId: string;
  serviceName: string;
  organizationName: string;
  phone: string | null;
  address: string | null;
  hours: ResourceListOpening[];
  website: string | null;
  eligibility: string | null;
  fees: string | null;
}

/** Services from the directory a case manager hands a client, with a note, in the client's language. */
@Entity('resource_list')
export class ResourceListEntity extends TenantEntity {
  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Column({ type: 'text' })
  language: ResourceListLanguage;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** The services in the order chosen, as the directory had them when the list was made. */
  @Column({ type: 'jsonb' })
  items: ResourceListItem[];

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}

import { VersionedEntity } from '@waymark/api/database';
import { Column, Entity } from 'typeorm';

@Entity('agency')
export class AgencyEntity extends VersionedEntity {
  @Column()
  name: string;

  @Column()
  slug: string;
}

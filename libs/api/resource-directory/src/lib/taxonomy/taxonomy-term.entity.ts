import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A category of the tree every agency searches by: global reference data, with the codes from its root in `path`. */
@Entity('taxonomy_term')
export class TaxonomyTermEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'name_es', type: 'text', nullable: true })
  nameEs: string | null;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ type: 'text', array: true })
  path: string[];
}

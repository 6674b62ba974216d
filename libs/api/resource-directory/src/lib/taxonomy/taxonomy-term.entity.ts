import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A category of the tree agencies search by, with the codes from its root in `path`: global (no agency) or kept by the agency that added it. */
@Entity('taxonomy_term')
export class TaxonomyTermEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The agency that keeps the term (an HSDS import added it); null for the global starter tree. */
  @Column({ name: 'agency_id', type: 'uuid', nullable: true })
  agencyId: string | null;

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

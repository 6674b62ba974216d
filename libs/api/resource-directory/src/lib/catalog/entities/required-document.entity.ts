import { Column, Entity } from 'typeorm';
import { KeptRow } from './kept-row';

/** HSDS required_document: what a client brings to be served. */
@Entity('required_document')
export class RequiredDocumentEntity extends KeptRow {
  @Column({ name: 'service_id', type: 'uuid' })
  serviceId: string;

  @Column({ type: 'text' })
  document: string;
}

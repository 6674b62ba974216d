import { Column, Entity } from 'typeorm';
import { KeptRow } from './kept-row';

/** HSDS language a service is offered in (ISO 639 code). */
@Entity('language')
export class LanguageEntity extends KeptRow {
  @Column({ name: 'service_id', type: 'uuid', nullable: true })
  serviceId: string | null;

  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Column({ type: 'text' })
  code: string;
}

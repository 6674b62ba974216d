import { Column, Entity } from 'typeorm';
import { KeptRow } from './kept-row';

/** HSDS cost_option: one fee of a service. */
@Entity('cost_option')
export class CostOptionEntity extends KeptRow {
  @Column({ name: 'service_id', type: 'uuid' })
  serviceId: string;

  @Column({ type: 'text', nullable: true })
  option: string | null;

  @Column({ type: 'text', nullable: true })
  currency: string | null;

  /** numeric comes back from pg as text, exact. */
  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true })
  amount: string | null;

  @Column({ name: 'amount_description', type: 'text', nullable: true })
  amountDescription: string | null;
}

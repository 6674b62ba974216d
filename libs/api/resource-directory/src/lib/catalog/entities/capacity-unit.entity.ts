import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** HSDS 3.1 unit: what a capacity counts (beds, appointments …); common to every agency. */
@Entity('capacity_unit')
export class CapacityUnitEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;
}

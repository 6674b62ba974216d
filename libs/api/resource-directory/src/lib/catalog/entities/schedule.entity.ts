import type { Weekday } from '@waymark/shared/types';
import { Column, Entity } from 'typeorm';
import { KeptRow } from './kept-row';

/** HSDS schedule: one weekly opening of a service, in its location's local time. */
@Entity('schedule')
export class ScheduleEntity extends KeptRow {
  @Column({ name: 'service_id', type: 'uuid', nullable: true })
  serviceId: string | null;

  @Column({ type: 'text' })
  byday: Weekday;

  /** "HH:MM:SS" as Postgres gives a time. */
  @Column({ name: 'opens_at', type: 'time' })
  opensAt: string;

  @Column({ name: 'closes_at', type: 'time' })
  closesAt: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;
}

import { TenantEntity } from '@waymark/api/database';
import type { ContactKind } from '@waymark/shared/types';
import { Column, Entity } from 'typeorm';

/** A person in the client's support network: family, friends, guardians, representatives, professionals. */
@Entity('client_contact')
export class ClientContactEntity extends TenantEntity {
  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Column({ type: 'text' })
  kind: ContactKind;

  /** In the worker's words: mother, physician, therapist, school, employer… */
  @Column()
  relationship: string;

  @Column()
  name: string;

  @Column({ type: 'text', nullable: true })
  organization: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Column({ name: 'emergency_contact' })
  emergencyContact: boolean;

  @Column({ name: 'legal_decision_maker' })
  legalDecisionMaker: boolean;

  /** The client's wish that workers may talk with this person; a release of records is a Consent. */
  @Column({ name: 'may_share_information' })
  mayShareInformation: boolean;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;
}

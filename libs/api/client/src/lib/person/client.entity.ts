import { TenantEntity } from '@waymark/api/database';
import type { ClientFlag, ClientStatus, RiskLevel } from '@waymark/shared/types';
import { Column, Entity } from 'typeorm';

/** The person served. Identifiers live apart, encrypted (see client_identifier). */
@Entity('client')
export class ClientEntity extends TenantEntity {
  @Column({ name: 'client_number' })
  clientNumber: string;

  @Column({ type: 'text' })
  status: ClientStatus;

  @Column({ name: 'legal_first_name' })
  legalFirstName: string;

  @Column({ name: 'legal_last_name' })
  legalLastName: string;

  @Column({ name: 'preferred_name', type: 'text', nullable: true })
  preferredName: string | null;

  /** A calendar date, kept as 'YYYY-MM-DD' so no time zone can shift it. */
  @Column({ name: 'date_of_birth', type: 'date', nullable: true })
  dateOfBirth: string | null;

  @Column({ type: 'text', nullable: true })
  pronouns: string | null;

  @Column({ type: 'text', nullable: true })
  gender: string | null;

  @Column({ name: 'primary_language', type: 'text', nullable: true })
  primaryLanguage: string | null;

  @Column({ name: 'interpreter_needed' })
  interpreterNeeded: boolean;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ name: 'address_line1', type: 'text', nullable: true })
  addressLine1: string | null;

  @Column({ name: 'address_line2', type: 'text', nullable: true })
  addressLine2: string | null;

  @Column({ type: 'text', nullable: true })
  city: string | null;

  @Column({ type: 'text', nullable: true })
  region: string | null;

  @Column({ name: 'postal_code', type: 'text', nullable: true })
  postalCode: string | null;

  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  @Column({ name: 'risk_level', type: 'text' })
  riskLevel: RiskLevel;

  @Column({ type: 'text', array: true })
  flags: ClientFlag[];

  @Column({ name: 'referral_source', type: 'text', nullable: true })
  referralSource: string | null;

  @Column({ name: 'referral_reason', type: 'text', nullable: true })
  referralReason: string | null;

  @Column({ name: 'presenting_needs', type: 'text', nullable: true })
  presentingNeeds: string | null;

  /** Set when a supervisor merged this record into another; the record stays as an alias. */
  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'search_name', insert: false, update: false, select: false })
  searchName: string;

  @Column({ name: 'phone_digits', insert: false, update: false, select: false })
  phoneDigits: string;
}

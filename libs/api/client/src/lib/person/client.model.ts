import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@waymark/api/common';
import { ageOn, ClientFlag, ClientStatus, RiskLevel } from '@waymark/shared/types';
import './client-enums';
import type { ClientEntity } from './client.entity';

@ObjectType('Address')
export class AddressModel {
  @Field(() => String, { nullable: true })
  line1: string | null;

  @Field(() => String, { nullable: true })
  line2: string | null;

  @Field(() => String, { nullable: true })
  city: string | null;

  @Field(() => String, { nullable: true, description: 'State, province or county' })
  region: string | null;

  @Field(() => String, { nullable: true })
  postalCode: string | null;

  @Field(() => Float, { nullable: true, description: 'Where the address lies, when known: what directory search measures distances from' })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  longitude?: number | null;
}

/** The person served. Identifiers are resolved apart (masked); other areas add fields to this type. */
@ObjectType('Client')
export class ClientModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Send it back with a change; a stale version is refused with CONFLICT' })
  version: number;

  @Field({ description: "The agency's number for the client, e.g. C-000042" })
  clientNumber: string;

  @Field(() => ClientStatus)
  status: ClientStatus;

  @Field()
  legalFirstName: string;

  @Field()
  legalLastName: string;

  @Field(() => String, { nullable: true })
  preferredName: string | null;

  @Field({ description: 'The name to call the client by: preferred (or legal first) name and last name' })
  displayName: string;

  @Field(() => String, { nullable: true, description: "'YYYY-MM-DD'" })
  dateOfBirth: string | null;

  @Field(() => Int, { nullable: true, description: 'Whole years today, from dateOfBirth' })
  age: number | null;

  @Field(() => String, { nullable: true })
  pronouns: string | null;

  @Field(() => String, { nullable: true })
  gender: string | null;

  @Field(() => String, { nullable: true })
  primaryLanguage: string | null;

  @Field()
  interpreterNeeded: boolean;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => AddressModel, { nullable: true, description: 'Null when no part of the address is known' })
  address: AddressModel | null;

  @Field(() => RiskLevel)
  riskLevel: RiskLevel;

  @Field(() => [ClientFlag])
  flags: ClientFlag[];

  @Field(() => String, { nullable: true, description: 'Who referred the client' })
  referralSource: string | null;

  @Field(() => String, { nullable: true })
  referralReason: string | null;

  @Field(() => String, { nullable: true })
  presentingNeeds: string | null;

  @Field(() => ID, { nullable: true, description: 'Set when this record was merged into another: open that one instead' })
  mergedIntoId: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  static from(client: ClientEntity): ClientModel {
    const address = {
      line1: client.addressLine1,
      line2: client.addressLine2,
      city: client.city,
      region: client.region,
      postalCode: client.postalCode,
      latitude: client.latitude,
      longitude: client.longitude,
    };
    return {
      id: client.id,
      version: client.version,
      clientNumber: client.clientNumber,
      status: client.status,
      legalFirstName: client.legalFirstName,
      legalLastName: client.legalLastName,
      preferredName: client.preferredName,
      displayName: `${client.preferredName ?? client.legalFirstName} ${client.legalLastName}`,
      dateOfBirth: client.dateOfBirth,
      age: client.dateOfBirth ? ageOn(client.dateOfBirth) : null,
      pronouns: client.pronouns,
      gender: client.gender,
      primaryLanguage: client.primaryLanguage,
      interpreterNeeded: client.interpreterNeeded,
      phone: client.phone,
      email: client.email,
      address: Object.values(address).some((part) => part !== null) ? address : null,
      riskLevel: client.riskLevel,
      flags: client.flags,
      referralSource: client.referralSource,
      referralReason: client.referralReason,
      presentingNeeds: client.presentingNeeds,
      mergedIntoId: client.mergedIntoId,
      createdAt: client.createdAt,
      updatedAt: client.updatedAt,
    };
  }

  /**
   * Who the client is and nothing of their case, for a list or duplicate match showing a
   * client the caller may not open: enough to tell two people apart and to decide to open
   * the record (with a reason, where that is allowed). Every field is named here, so a new
   * one is decided on, not shown by default.
   */
  static summary(client: ClientEntity): ClientModel {
    const whole = ClientModel.from(client);
    return {
      id: whole.id,
      version: whole.version,
      clientNumber: whole.clientNumber,
      status: whole.status,
      legalFirstName: whole.legalFirstName,
      legalLastName: whole.legalLastName,
      preferredName: whole.preferredName,
      displayName: whole.displayName,
      dateOfBirth: whole.dateOfBirth,
      age: whole.age,
      pronouns: whole.pronouns,
      primaryLanguage: whole.primaryLanguage,
      interpreterNeeded: whole.interpreterNeeded,
      riskLevel: whole.riskLevel,
      flags: whole.flags,
      mergedIntoId: whole.mergedIntoId,
      createdAt: whole.createdAt,
      updatedAt: whole.updatedAt,
      gender: null,
      phone: null,
      email: null,
      address: null,
      referralSource: null,
      referralReason: null,
      presentingNeeds: null,
    };
  }
}

@ObjectType()
export class ClientConnection extends Connection(ClientModel, 'Client') {
  @Field(() => Int)
  totalCount: number;
}

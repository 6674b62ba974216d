import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ContactKind } from '@waymark/shared/types';
import type { ClientContactEntity } from './client-contact.entity';
import { ClientRecordModel, recordFields } from '../shared/client-record.model';

registerEnumType(ContactKind, { name: 'ContactKind', description: 'Who a person in the support network is to the client' });

@ObjectType('ClientContact', { description: "A person in the client's support network" })
export class ClientContactModel extends ClientRecordModel {
  @Field(() => ContactKind)
  kind: ContactKind;

  @Field({ description: "In the worker's words: mother, physician, therapist, school, employer…" })
  relationship: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  organization: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  address: string | null;

  @Field()
  emergencyContact: boolean;

  @Field()
  legalDecisionMaker: boolean;

  @Field({ description: 'The client agrees that workers may talk with this person. Releasing records takes a Consent.' })
  mayShareInformation: boolean;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Set once the person is no longer part of the network' })
  archivedAt: Date | null;

  static from(contact: ClientContactEntity): ClientContactModel {
    return Object.assign(recordFields(contact), {
      kind: contact.kind,
      relationship: contact.relationship,
      name: contact.name,
      organization: contact.organization,
      phone: contact.phone,
      email: contact.email,
      address: contact.address,
      emergencyContact: contact.emergencyContact,
      legalDecisionMaker: contact.legalDecisionMaker,
      mayShareInformation: contact.mayShareInformation,
      notes: contact.notes,
      archivedAt: contact.archivedAt,
    });
  }
}

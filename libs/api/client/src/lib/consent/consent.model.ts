import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { calendarDay, ConsentCategory, ConsentRecipientKind, ConsentState, consentState, SignatureMethod } from '@waymark/shared/types';
import type { ConsentEntity } from './consent.entity';
import { ClientRecordModel, recordFields } from '../shared/client-record.model';

registerEnumType(ConsentCategory, { name: 'ConsentCategory', description: "A kind of the client's data a consent may release" });
registerEnumType(ConsentRecipientKind, { name: 'ConsentRecipientKind', description: 'With whom a consent lets the data be shared' });
registerEnumType(SignatureMethod, { name: 'SignatureMethod' });
registerEnumType(ConsentState, { name: 'ConsentState', description: "A consent's state today (see consentState in the shared types)" });

@ObjectType('Consent', { description: "A release of the client's information to a person, an organization or another agency" })
export class ConsentModel extends ClientRecordModel {
  @Field(() => [ConsentCategory])
  categories: ConsentCategory[];

  @Field(() => ConsentRecipientKind)
  recipientKind: ConsentRecipientKind;

  @Field({ description: "As on the form; for a contact or an agency, their name when the consent was recorded" })
  recipientName: string;

  @Field(() => ID, { nullable: true, description: "The person of the client's support network, for a PERSON recipient who is one" })
  recipientContactId: string | null;

  @Field(() => ID, { nullable: true, description: 'The agency on Waymark, for an AGENCY recipient' })
  recipientAgencyId: string | null;

  @Field()
  purpose: string;

  @Field({ description: 'First day in force (YYYY-MM-DD)' })
  effectiveFrom: string;

  @Field(() => String, { nullable: true, description: 'Last day in force (YYYY-MM-DD); none means until revoked' })
  effectiveUntil: string | null;

  @Field(() => SignatureMethod)
  signatureMethod: SignatureMethod;

  @Field({ description: 'YYYY-MM-DD' })
  signedOn: string;

  @Field(() => String, { nullable: true, description: 'Where the signed form is filed' })
  documentReference: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  revokedAt: Date | null;

  @Field(() => String, { nullable: true })
  revokedReason: string | null;

  @Field(() => ConsentState)
  state: ConsentState;

  /** Resolved to StaffMember fields by the resolver, batched. */
  recordedById: string | null;
  revokedById: string | null;

  static from(consent: ConsentEntity, today = calendarDay(new Date())): ConsentModel {
    return Object.assign(recordFields(consent), {
      categories: consent.categories,
      recipientKind: consent.recipientKind,
      recipientName: consent.recipientName,
      recipientContactId: consent.recipientContactId,
      recipientAgencyId: consent.recipientAgencyId,
      purpose: consent.purpose,
      effectiveFrom: consent.effectiveFrom,
      effectiveUntil: consent.effectiveUntil,
      signatureMethod: consent.signatureMethod,
      signedOn: consent.signedOn,
      documentReference: consent.documentReference,
      revokedAt: consent.revokedAt,
      revokedReason: consent.revokedReason,
      state: consentState(consent, today),
      recordedById: consent.createdBy,
      revokedById: consent.revokedBy,
    });
  }
}

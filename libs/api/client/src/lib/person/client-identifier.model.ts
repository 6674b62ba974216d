import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IdentifierKind, maskIdentifier } from '@waymark/shared/types';
import './client-enums';
import type { ClientIdentifierEntity } from './client-identifier.entity';

/** An identifier as every screen shows it: masked. Revealing the value is its own audited act. */
@ObjectType('ClientIdentifier')
export class ClientIdentifierModel {
  @Field(() => ID)
  id: string;

  @Field(() => IdentifierKind)
  kind: IdentifierKind;

  @Field({ description: "The value's last four characters behind a mask, e.g. '•••• 1234'" })
  masked: string;

  @Field(() => Int)
  version: number;

  static from(identifier: ClientIdentifierEntity): ClientIdentifierModel {
    return { id: identifier.id, kind: identifier.kind, masked: maskIdentifier(identifier.last4), version: identifier.version };
  }
}

@ObjectType('RevealedIdentifier')
export class RevealedIdentifierModel {
  @Field({ description: 'The identifier in full; the reveal is recorded with its reason' })
  value: string;
}

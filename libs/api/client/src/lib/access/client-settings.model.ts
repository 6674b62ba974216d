import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ClientSettings')
export class ClientSettingsModel {
  @Field({ description: 'Whether case managers may open clients outside their caseload, giving a reason that is recorded' })
  caseManagersOpenAnyClient: boolean;

  @Field(() => Int, { description: 'A note entered more than this many days after the contact is a late entry' })
  lateEntryDays: number;

  @Field(() => Int, { description: '0 while the agency has the defaults; send it back with a change' })
  version: number;
}

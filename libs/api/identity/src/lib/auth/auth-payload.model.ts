import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { UserModel } from '../user/user.model';

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field({ description: 'Send as `Authorization: Bearer <token>`' })
  accessToken: string;

  @Field(() => GraphQLISODateTime)
  accessTokenExpiresAt: Date;

  @Field({ description: 'Use once with refreshSession; a second use ends the whole session' })
  refreshToken: string;

  @Field(() => UserModel)
  user: UserModel;
}

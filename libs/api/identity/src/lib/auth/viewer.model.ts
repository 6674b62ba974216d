import { Field, ObjectType } from '@nestjs/graphql';
import { AgencyModel } from '../agency/agency.model';
import { UserModel } from '../user/user.model';

@ObjectType('Viewer')
export class ViewerModel {
  @Field(() => UserModel)
  user: UserModel;

  @Field(() => AgencyModel)
  agency: AgencyModel;
}

import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ClientModel } from '../person/client.model';
import { StaffLoader } from '../staff/staff.loader';
import { StaffModel } from '../staff/staff.model';
import { EnrollmentLoader } from './enrollment.loader';
import { EnrollmentModel } from './enrollment.model';

/** A client's programs and case manager wherever the client appears, batched across a page of clients. */
@Resolver(() => ClientModel)
export class ClientEnrollmentsResolver {
  constructor(
    private readonly loader: EnrollmentLoader,
    private readonly staff: StaffLoader,
  ) {}

  @ResolveField(() => [EnrollmentModel], { description: 'Newest first, closed ones included' })
  enrollments(@Parent() client: ClientModel) {
    return this.loader.byClient(client.id);
  }

  @ResolveField(() => StaffModel, { nullable: true, description: 'The case manager of the most recent open enrollment that has one' })
  async primaryCaseManager(@Parent() client: ClientModel) {
    const current = (await this.loader.byClient(client.id)).find((enrollment) => !enrollment.closedOn && enrollment.primaryCaseManagerId);
    return this.staff.load(current?.primaryCaseManagerId);
  }
}

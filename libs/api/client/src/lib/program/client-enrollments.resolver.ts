import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ClientVisibility } from '../access/client-visibility';
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
    private readonly visibility: ClientVisibility,
  ) {}

  @ResolveField(() => [EnrollmentModel], { description: 'Newest first, closed ones included. Empty for a client listed or matched that the caller may not open' })
  enrollments(@Parent() client: ClientModel) {
    return this.visible(client.id);
  }

  @ResolveField(() => StaffModel, {
    nullable: true,
    description: 'The case manager of the most recent open enrollment that has one; null for a client listed or matched that the caller may not open',
  })
  async primaryCaseManager(@Parent() client: ClientModel) {
    const current = (await this.visible(client.id)).find((enrollment) => !enrollment.closedOn && enrollment.primaryCaseManagerId);
    return this.staff.loadCaseManager(current?.primaryCaseManagerId);
  }

  private async visible(clientId: string): Promise<EnrollmentModel[]> {
    return (await this.visibility.mayDetail(clientId)) ? this.loader.byClient(clientId) : [];
  }
}

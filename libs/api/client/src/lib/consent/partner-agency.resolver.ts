import { Args, Query, Resolver } from '@nestjs/graphql';
import { AllowSignedIn } from '@waymark/api/common';
import { AgencyService, PartnerAgencyModel } from '@waymark/api/identity';
import { PAGE_SIZE_MAX } from '@waymark/shared/types';
import { PartnerAgenciesArgs } from './dto/partner-agencies.args';

/** The agencies a consent may release data to, for the consent form to pick from. Names only: no client data. */
@Resolver()
export class PartnerAgencyResolver {
  constructor(private readonly agencies: AgencyService) {}

  @Query(() => [PartnerAgencyModel], { description: `The other agencies on Waymark, by name, at most ${PAGE_SIZE_MAX}; narrow them with search` })
  @AllowSignedIn()
  partnerAgencies(@Args() { search }: PartnerAgenciesArgs) {
    return this.agencies.others(search, PAGE_SIZE_MAX);
  }
}

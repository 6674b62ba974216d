import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, AllowSignedIn, Idempotent } from '@waymark/api/common';
import { PartnerAgencyModel } from '@waymark/api/identity';
import { Role } from '@waymark/shared/types';
import { CatalogLoaders } from './catalog-loaders';
import { CatalogReader } from './catalog-reader.service';
import { DirectoryIdArgs } from './dto/directory-id.args';
import { DirectoryOrganizationsArgs } from './dto/directory-organizations.args';
import { CreateDirectoryOrganizationInput, UpdateDirectoryOrganizationInput } from './dto/organization.input';
import { DirectoryPhoneModel } from './models/directory-details.model';
import { DirectoryLocationModel } from './models/directory-location.model';
import { DirectoryOrganizationConnection, DirectoryOrganizationModel } from './models/directory-organization.model';
import { DirectoryServiceModel } from './models/directory-service.model';
import { OrganizationEditor } from './organization-editor.service';

@Resolver(() => DirectoryOrganizationModel)
export class DirectoryOrganizationResolver {
  constructor(
    private readonly reader: CatalogReader,
    private readonly loaders: CatalogLoaders,
    private readonly editor: OrganizationEditor,
  ) {}

  @Query(() => DirectoryOrganizationConnection, { description: "The organizations the admin's agency keeps, by name" })
  @Allow(Role.ADMIN)
  directoryOrganizations(@Args() args: DirectoryOrganizationsArgs) {
    return this.reader.keptOrganizations(args.withCriteria());
  }

  @Query(() => DirectoryOrganizationModel, { nullable: true, description: 'A directory organization the caller sees, with its services and locations; NOT_FOUND otherwise' })
  @AllowSignedIn()
  directoryOrganization(@Args() { id }: DirectoryIdArgs) {
    return this.reader.organization(id);
  }

  @Mutation(() => DirectoryOrganizationModel, { description: 'Add an organization your agency keeps' })
  @Allow(Role.ADMIN)
  @Idempotent()
  createDirectoryOrganization(@Args('input') input: CreateDirectoryOrganizationInput) {
    return this.editor.create(input);
  }

  @Mutation(() => DirectoryOrganizationModel, { description: 'Change the fields sent at the version you saw; CONFLICT when stale' })
  @Allow(Role.ADMIN)
  updateDirectoryOrganization(@Args('input') input: UpdateDirectoryOrganizationInput) {
    return this.editor.update(input);
  }

  @ResolveField(() => PartnerAgencyModel, { nullable: true, description: 'The agency on Waymark it is: referrals to its services reach that agency' })
  waymarkAgency(@Parent() organization: DirectoryOrganizationModel): Promise<PartnerAgencyModel | null> | null {
    return organization.waymarkAgencyId ? this.loaders.agency(organization.waymarkAgencyId) : null;
  }

  @ResolveField(() => [DirectoryServiceModel], { description: 'Its services by name' })
  async services(@Parent() organization: DirectoryOrganizationModel): Promise<DirectoryServiceModel[]> {
    return (await this.loaders.servicesOfOrganization(organization.id)).map((row) => this.reader.serviceModel(row));
  }

  @ResolveField(() => [DirectoryLocationModel], { description: 'Its locations by name' })
  async locations(@Parent() organization: DirectoryOrganizationModel): Promise<DirectoryLocationModel[]> {
    return (await this.loaders.locationsOfOrganization(organization.id)).map((row) => this.reader.locationModel(row));
  }

  @ResolveField(() => [DirectoryPhoneModel])
  phones(@Parent() organization: DirectoryOrganizationModel): Promise<DirectoryPhoneModel[]> {
    return this.loaders.phonesOfOrganization(organization.id);
  }
}

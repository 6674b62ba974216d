import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, AllowSignedIn, Idempotent } from '@waymark/api/common';
import { Role } from '@waymark/shared/types';
import { TaxonomyTermModel } from '../taxonomy/taxonomy-term.model';
import { CatalogLoaders, hoursAndMinutes } from './catalog-loaders';
import { CatalogReader } from './catalog-reader.service';
import { CapacityRecorder } from './capacity-recorder.service';
import { DirectoryIdArgs } from './dto/directory-id.args';
import { RecordServiceCapacityInput } from './dto/record-service-capacity.input';
import { CreateDirectoryServiceInput, UpdateDirectoryServiceInput } from './dto/service.input';
import { DirectoryCostOptionModel, DirectoryLanguageModel, DirectoryPhoneModel, OpeningHoursModel, ServiceCapacityModel } from './models/directory-details.model';
import { DirectoryLocationModel } from './models/directory-location.model';
import { DirectoryOrganizationModel } from './models/directory-organization.model';
import { DirectoryServiceModel } from './models/directory-service.model';
import { ServiceEditor } from './service-editor.service';

/** A service page: the service and every HSDS detail of it, each kind batched per request. */
@Resolver(() => DirectoryServiceModel)
export class DirectoryServiceResolver {
  constructor(
    private readonly reader: CatalogReader,
    private readonly loaders: CatalogLoaders,
    private readonly editor: ServiceEditor,
    private readonly capacityRecorder: CapacityRecorder,
  ) {}

  @Query(() => DirectoryServiceModel, { nullable: true, description: 'A directory service the caller sees (shared, or kept by its agency); NOT_FOUND otherwise' })
  @AllowSignedIn()
  directoryService(@Args() { id }: DirectoryIdArgs) {
    return this.reader.service(id);
  }

  @Mutation(() => DirectoryServiceModel, { description: 'Add a service to an organization your agency keeps' })
  @Allow(Role.ADMIN)
  @Idempotent()
  createDirectoryService(@Args('input') input: CreateDirectoryServiceInput) {
    return this.editor.create(input);
  }

  @Mutation(() => DirectoryServiceModel, { description: 'Change the fields sent at the version you saw; a list sent replaces that list; CONFLICT when stale' })
  @Allow(Role.ADMIN)
  updateDirectoryService(@Args('input') input: UpdateDirectoryServiceInput) {
    return this.editor.update(input);
  }

  @Mutation(() => DirectoryServiceModel, { description: 'Record how many of a unit (beds, slots …) the service has open now' })
  @Allow(Role.ADMIN)
  recordServiceCapacity(@Args('input') input: RecordServiceCapacityInput) {
    return this.capacityRecorder.record(input);
  }

  @ResolveField(() => DirectoryOrganizationModel)
  async organization(@Parent() service: DirectoryServiceModel): Promise<DirectoryOrganizationModel> {
    const row = await this.loaders.organization(service.organizationId);
    // A service's organization is as visible as the service itself (it is what makes it visible).
    if (!row) throw new Error(`service ${service.id} has no organization`);
    return this.reader.organizationModel(row);
  }

  @ResolveField(() => [DirectoryLocationModel])
  async locations(@Parent() service: DirectoryServiceModel): Promise<DirectoryLocationModel[]> {
    return (await this.loaders.locationsOfService(service.id)).map((row) => this.reader.locationModel(row));
  }

  @ResolveField(() => [DirectoryPhoneModel])
  phones(@Parent() service: DirectoryServiceModel): Promise<DirectoryPhoneModel[]> {
    return this.loaders.phonesOfService(service.id);
  }

  @ResolveField(() => [OpeningHoursModel], { description: 'Weekly openings, Sunday first' })
  async openingHours(@Parent() service: DirectoryServiceModel): Promise<OpeningHoursModel[]> {
    return (await this.loaders.schedules(service.id)).map((row) => ({
      weekday: row.byday,
      opensAt: hoursAndMinutes(row.opensAt),
      closesAt: hoursAndMinutes(row.closesAt),
      description: row.description,
    }));
  }

  @ResolveField(() => [DirectoryLanguageModel])
  languages(@Parent() service: DirectoryServiceModel): Promise<DirectoryLanguageModel[]> {
    return this.loaders.languages(service.id);
  }

  @ResolveField(() => [String], { description: 'Documents to bring' })
  async requiredDocuments(@Parent() service: DirectoryServiceModel): Promise<string[]> {
    return (await this.loaders.documents(service.id)).map((row) => row.document);
  }

  @ResolveField(() => [DirectoryCostOptionModel])
  async costOptions(@Parent() service: DirectoryServiceModel): Promise<DirectoryCostOptionModel[]> {
    return (await this.loaders.costs(service.id)).map(({ option, amount, currency, amountDescription }) => ({
      option,
      amount: amount === null ? null : Number(amount),
      currency,
      amountDescription,
    }));
  }

  @ResolveField(() => [String], { description: 'Places served' })
  async serviceAreas(@Parent() service: DirectoryServiceModel): Promise<string[]> {
    return (await this.loaders.areas(service.id)).map((row) => row.name);
  }

  @ResolveField(() => [TaxonomyTermModel])
  categories(@Parent() service: DirectoryServiceModel): Promise<TaxonomyTermModel[]> {
    return this.loaders.categories(service.id);
  }

  @ResolveField(() => [ServiceCapacityModel], { description: 'Open beds or slots per unit, as of when each was recorded' })
  capacity(@Parent() service: DirectoryServiceModel): Promise<ServiceCapacityModel[]> {
    return this.loaders.capacity(service.id);
  }
}

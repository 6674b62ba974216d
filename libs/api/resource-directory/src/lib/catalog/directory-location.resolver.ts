import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Idempotent } from '@waymark/api/common';
import { Role } from '@waymark/shared/types';
import { CatalogLoaders } from './catalog-loaders';
import { CreateDirectoryLocationInput, UpdateDirectoryLocationInput } from './dto/location.input';
import { LocationEditor } from './location-editor.service';
import { DirectoryPhoneModel } from './models/directory-details.model';
import { DirectoryAddressModel, DirectoryLocationModel } from './models/directory-location.model';

@Resolver(() => DirectoryLocationModel)
export class DirectoryLocationResolver {
  constructor(
    private readonly loaders: CatalogLoaders,
    private readonly editor: LocationEditor,
  ) {}

  @Mutation(() => DirectoryLocationModel, { description: 'Add a location to an organization your agency keeps' })
  @Allow(Role.ADMIN)
  @Idempotent()
  createDirectoryLocation(@Args('input') input: CreateDirectoryLocationInput) {
    return this.editor.create(input);
  }

  @Mutation(() => DirectoryLocationModel, { description: 'Change the fields sent at the version you saw; CONFLICT when stale' })
  @Allow(Role.ADMIN)
  updateDirectoryLocation(@Args('input') input: UpdateDirectoryLocationInput) {
    return this.editor.update(input);
  }

  @ResolveField(() => DirectoryAddressModel, { nullable: true, description: 'Its street address' })
  async address(@Parent() location: DirectoryLocationModel): Promise<DirectoryAddressModel | null> {
    const row = await this.loaders.address(location.id);
    return row && DirectoryAddressModel.from(row);
  }

  @ResolveField(() => [DirectoryPhoneModel])
  phones(@Parent() location: DirectoryLocationModel): Promise<DirectoryPhoneModel[]> {
    return this.loaders.phonesOfLocation(location.id);
  }
}

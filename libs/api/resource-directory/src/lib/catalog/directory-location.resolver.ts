import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CatalogLoaders } from './catalog-loaders';
import { DirectoryPhoneModel } from './models/directory-details.model';
import { DirectoryAddressModel, DirectoryLocationModel } from './models/directory-location.model';

@Resolver(() => DirectoryLocationModel)
export class DirectoryLocationResolver {
  constructor(private readonly loaders: CatalogLoaders) {}

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

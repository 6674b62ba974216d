import { Injectable } from '@nestjs/common';
import { decodeCursor, isString, isUuid, NotFoundError, toConnection } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { DirectoryScope } from './directory-scope';
import type { DirectoryOrganizationsArgs } from './dto/directory-organizations.args';
import { LocationEntity } from './entities/location.entity';
import { OrganizationEntity } from './entities/organization.entity';
import { ServiceEntity } from './entities/service.entity';
import { DirectoryLocationModel } from './models/directory-location.model';
import { DirectoryOrganizationModel } from './models/directory-organization.model';
import { DirectoryServiceModel } from './models/directory-service.model';

/** Directory records as the caller sees them. Directory data is no client data: reads are not audited. */
@Injectable()
export class CatalogReader {
  constructor(
    private readonly scope: DirectoryScope,
    private readonly tenant: TenantScope,
  ) {}

  async service(id: string): Promise<DirectoryServiceModel> {
    const row = await this.scope.visible(ServiceEntity, 'service').andWhere('service.id = :id', { id }).getOne();
    if (!row) throw new NotFoundError('Directory service');
    return this.serviceModel(row);
  }

  async organization(id: string): Promise<DirectoryOrganizationModel> {
    const row = await this.scope.visible(OrganizationEntity, 'organization', null).andWhere('organization.id = :id', { id }).getOne();
    if (!row) throw new NotFoundError('Directory organization');
    return this.organizationModel(row);
  }

  /** The organizations the caller's agency keeps, by name, a page at a time. */
  async keptOrganizations({ search, first, after }: DirectoryOrganizationsArgs) {
    const query = this.tenant.repository(OrganizationEntity).createQueryBuilder('organization');
    if (search) query.andWhere('organization.name ILIKE :pattern', { pattern: `%${search.replace(/[\\%_]/g, '\\$&')}%` });
    if (after) {
      const [name, id] = decodeCursor(after, [isString, isUuid]);
      query.andWhere('(organization.name, organization.id) > (:name, :id)', { name, id });
    }
    const rows = await query
      .orderBy('organization.name', 'ASC')
      .addOrderBy('organization.id', 'ASC')
      .take(first + 1)
      .getMany();
    return toConnection(rows, first, (row) => this.organizationModel(row), (row) => [row.name, row.id]);
  }

  serviceModel(row: ServiceEntity): DirectoryServiceModel {
    return DirectoryServiceModel.from(row, this.scope.mayEdit(row.agencyId));
  }

  organizationModel(row: OrganizationEntity): DirectoryOrganizationModel {
    return DirectoryOrganizationModel.from(row, this.scope.mayEdit(row.agencyId));
  }

  locationModel(row: LocationEntity): DirectoryLocationModel {
    return DirectoryLocationModel.from(row, this.scope.mayEdit(row.agencyId));
  }
}

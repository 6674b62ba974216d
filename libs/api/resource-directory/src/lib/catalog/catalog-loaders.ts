import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { groupedBy, requestLoader } from '@waymark/api/common';
import type { PartnerAgencyModel } from '@waymark/api/identity';
import { WEEKDAYS } from '@waymark/shared/types';
import { ClsService } from 'nestjs-cls';
import { type EntityTarget, type FindOptionsOrder, In, type ObjectLiteral } from 'typeorm';
import { TaxonomyTermEntity } from '../taxonomy/taxonomy-term.entity';
import { TaxonomyTermModel } from '../taxonomy/taxonomy-term.model';
import { AddressEntity } from './entities/address.entity';
import { CapacityUnitEntity } from './entities/capacity-unit.entity';
import { CostOptionEntity } from './entities/cost-option.entity';
import { LanguageEntity } from './entities/language.entity';
import { LocationEntity } from './entities/location.entity';
import { OrganizationEntity } from './entities/organization.entity';
import { PhoneEntity } from './entities/phone.entity';
import { RequiredDocumentEntity } from './entities/required-document.entity';
import { ScheduleEntity } from './entities/schedule.entity';
import { ServiceAreaEntity } from './entities/service-area.entity';
import { ServiceAtLocationEntity } from './entities/service-at-location.entity';
import { ServiceCapacityEntity } from './entities/service-capacity.entity';
import { ServiceEntity } from './entities/service.entity';
import { ServiceTaxonomyEntity } from './entities/service-taxonomy.entity';
import type { ServiceCapacityModel } from './models/directory-details.model';

const key = (name: string) => Symbol(`directory.${name}`);
const KEYS = {
  organization: key('organization'),
  agency: key('agency'),
  servicesOfOrganization: key('servicesOfOrganization'),
  locationsOfOrganization: key('locationsOfOrganization'),
  locationsOfService: key('locationsOfService'),
  address: key('address'),
  phonesOfOrganization: key('phonesOfOrganization'),
  phonesOfService: key('phonesOfService'),
  phonesOfLocation: key('phonesOfLocation'),
  schedules: key('schedules'),
  languages: key('languages'),
  documents: key('documents'),
  costs: key('costs'),
  areas: key('areas'),
  categories: key('categories'),
  capacity: key('capacity'),
};

/** A "HH:MM:SS" time as the "HH:MM" the directory speaks. */
export const hoursAndMinutes = (time: string) => time.slice(0, 5);

/**
 * The details a page of directory records shows, each kind in one query per request however
 * many records the page has. The records asked about were found through DirectoryScope, so
 * what hangs under them is the caller's to see.
 */
@Injectable()
export class CatalogLoaders {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly cls: ClsService,
  ) {}

  private repository<T extends ObjectLiteral>(entity: EntityTarget<T>) {
    return this.txHost.tx.getRepository(entity);
  }

  /** The rows of `entity` under each parent id in `column`, in `order`. */
  private children<T extends ObjectLiteral>(name: symbol, entity: EntityTarget<T>, column: keyof T & string, order: FindOptionsOrder<T>, parentId: string): Promise<T[]> {
    return requestLoader<string, T[]>(this.cls, name, async (ids) => {
      const rows = await this.repository(entity).find({ where: { [column]: In([...ids]) } as never, order });
      return groupedBy(ids, rows, (row) => row[column]);
    }).load(parentId);
  }

  organization(id: string): Promise<OrganizationEntity | null> {
    return requestLoader<string, OrganizationEntity | null>(this.cls, KEYS.organization, async (ids) => {
      const rows = await this.repository(OrganizationEntity).findBy({ id: In([...ids]) });
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }).load(id);
  }

  /** The agency on Waymark an organization is: names only, no agency data. */
  agency(id: string): Promise<PartnerAgencyModel | null> {
    return requestLoader<string, PartnerAgencyModel | null>(this.cls, KEYS.agency, async (ids) => {
      const rows: PartnerAgencyModel[] = await this.txHost.tx.query('SELECT id, name FROM agency WHERE id = ANY($1)', [[...ids]]);
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }).load(id);
  }

  servicesOfOrganization(organizationId: string): Promise<ServiceEntity[]> {
    return this.children(KEYS.servicesOfOrganization, ServiceEntity, 'organizationId', { name: 'ASC', id: 'ASC' }, organizationId);
  }

  locationsOfOrganization(organizationId: string): Promise<LocationEntity[]> {
    return this.children(KEYS.locationsOfOrganization, LocationEntity, 'organizationId', { name: 'ASC', id: 'ASC' }, organizationId);
  }

  /** The locations a service is offered at (two queries: the links, then the locations). */
  locationsOfService(serviceId: string): Promise<LocationEntity[]> {
    return requestLoader<string, LocationEntity[]>(this.cls, KEYS.locationsOfService, async (ids) => {
      const links = await this.repository(ServiceAtLocationEntity).findBy({ serviceId: In([...ids]) });
      if (!links.length) return ids.map(() => []);
      const locations = await this.repository(LocationEntity).find({ where: { id: In(links.map((link) => link.locationId)) }, order: { name: 'ASC', id: 'ASC' } });
      return ids.map((id) => locations.filter((location) => links.some((link) => link.serviceId === id && link.locationId === location.id)));
    }).load(serviceId);
  }

  async address(locationId: string): Promise<AddressEntity | null> {
    const rows = await this.children(KEYS.address, AddressEntity, 'locationId', { id: 'ASC' }, locationId);
    // The physical address first: the one a client goes to.
    return rows.find((row) => row.addressType === 'physical') ?? rows[0] ?? null;
  }

  phonesOfOrganization(organizationId: string): Promise<PhoneEntity[]> {
    return this.children(KEYS.phonesOfOrganization, PhoneEntity, 'organizationId', { id: 'ASC' }, organizationId);
  }

  phonesOfService(serviceId: string): Promise<PhoneEntity[]> {
    return this.children(KEYS.phonesOfService, PhoneEntity, 'serviceId', { id: 'ASC' }, serviceId);
  }

  phonesOfLocation(locationId: string): Promise<PhoneEntity[]> {
    return this.children(KEYS.phonesOfLocation, PhoneEntity, 'locationId', { id: 'ASC' }, locationId);
  }

  /** A service's weekly openings, Sunday first, each day by its opening time. */
  async schedules(serviceId: string): Promise<ScheduleEntity[]> {
    const rows = await this.children(KEYS.schedules, ScheduleEntity, 'serviceId', { opensAt: 'ASC' }, serviceId);
    return [...rows].sort((a, b) => WEEKDAYS.indexOf(a.byday) - WEEKDAYS.indexOf(b.byday));
  }

  languages(serviceId: string): Promise<LanguageEntity[]> {
    return this.children(KEYS.languages, LanguageEntity, 'serviceId', { code: 'ASC' }, serviceId);
  }

  documents(serviceId: string): Promise<RequiredDocumentEntity[]> {
    return this.children(KEYS.documents, RequiredDocumentEntity, 'serviceId', { document: 'ASC' }, serviceId);
  }

  costs(serviceId: string): Promise<CostOptionEntity[]> {
    return this.children(KEYS.costs, CostOptionEntity, 'serviceId', { id: 'ASC' }, serviceId);
  }

  areas(serviceId: string): Promise<ServiceAreaEntity[]> {
    return this.children(KEYS.areas, ServiceAreaEntity, 'serviceId', { name: 'ASC' }, serviceId);
  }

  /** A service's categories in tree order (two queries: the tags, then the terms). */
  categories(serviceId: string): Promise<TaxonomyTermModel[]> {
    return requestLoader<string, TaxonomyTermModel[]>(this.cls, KEYS.categories, async (ids) => {
      const tags = await this.repository(ServiceTaxonomyEntity).findBy({ serviceId: In([...ids]) });
      if (!tags.length) return ids.map(() => []);
      const terms = await this.repository(TaxonomyTermEntity).find({ where: { id: In(tags.map((tag) => tag.taxonomyTermId)) }, order: { path: 'ASC' } });
      return ids.map((id) => terms.filter((term) => tags.some((tag) => tag.serviceId === id && tag.taxonomyTermId === term.id)).map(TaxonomyTermModel.from));
    }).load(serviceId);
  }

  capacity(serviceId: string): Promise<ServiceCapacityModel[]> {
    return requestLoader<string, ServiceCapacityModel[]>(this.cls, KEYS.capacity, async (ids) => {
      const rows = await this.repository(ServiceCapacityEntity)
        .createQueryBuilder('capacity')
        .innerJoin(CapacityUnitEntity, 'unit', 'unit.id = capacity.unitId')
        .select(['capacity.serviceId AS "serviceId"', 'unit.name AS unit', 'capacity.available AS available', 'capacity.maximum AS maximum'])
        .addSelect(['capacity.description AS description', 'capacity.updated AS "updatedAt"'])
        .where('capacity.serviceId IN (:...ids)', { ids: [...ids] })
        .orderBy('unit.name', 'ASC')
        .getRawMany<ServiceCapacityModel & { serviceId: string }>();
      return groupedBy(ids, rows, (row) => row.serviceId);
    }).load(serviceId);
  }
}

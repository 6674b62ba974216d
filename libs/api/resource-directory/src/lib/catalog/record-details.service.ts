import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TenantScope } from '@waymark/api/database';
import { In } from 'typeorm';
import { TaxonomyTermEntity } from '../taxonomy/taxonomy-term.entity';
import { hoursAndMinutes } from './catalog-loaders';
import { CostOptionEntity } from './entities/cost-option.entity';
import { LanguageEntity } from './entities/language.entity';
import { PhoneEntity } from './entities/phone.entity';
import { RequiredDocumentEntity } from './entities/required-document.entity';
import { ScheduleEntity } from './entities/schedule.entity';
import { ServiceAreaEntity } from './entities/service-area.entity';
import { ServiceAtLocationEntity } from './entities/service-at-location.entity';
import { ServiceTaxonomyEntity } from './entities/service-taxonomy.entity';
import { canonical, canonicalOpenings, type PhoneValue, type ServiceLists } from './record-details';

/** Whose phones: exactly one organization, service or location. */
export type PhoneOwner = { organizationId: string } | { serviceId: string } | { locationId: string };

/**
 * The detail rows under a directory record, read and replaced as whole lists. Only called for
 * a record the caller keeps (DirectoryScope.requireKept), so rows are written in its agency.
 */
@Injectable()
export class RecordDetails {
  constructor(
    private readonly tenant: TenantScope,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  async phones(owner: PhoneOwner): Promise<PhoneValue[]> {
    const rows = await this.tenant.repository(PhoneEntity).find({ where: owner });
    return canonical(rows.map(({ number, extension, type, description }) => ({ number, extension, type, description })));
  }

  async replacePhones(owner: PhoneOwner, phones: readonly PhoneValue[]): Promise<void> {
    const repository = this.tenant.repository(PhoneEntity);
    await repository.delete(owner);
    for (const phone of phones) await repository.save(repository.create({ organizationId: null, serviceId: null, locationId: null, ...owner, ...phone }));
  }

  /** The service's lists as an edit compares them. */
  async ofService(serviceId: string): Promise<ServiceLists> {
    const where = { serviceId };
    // One after another: a transaction's statements share one connection.
    const tags = await this.txHost.tx.getRepository(ServiceTaxonomyEntity).findBy(where);
    const languages = await this.tenant.repository(LanguageEntity).find({ where });
    const schedules = await this.tenant.repository(ScheduleEntity).find({ where });
    const documents = await this.tenant.repository(RequiredDocumentEntity).find({ where });
    const costs = await this.tenant.repository(CostOptionEntity).find({ where });
    const areas = await this.tenant.repository(ServiceAreaEntity).find({ where });
    const phones = await this.phones(where);
    const links = await this.tenant.repository(ServiceAtLocationEntity).find({ where });
    const terms = tags.length ? await this.txHost.tx.getRepository(TaxonomyTermEntity).findBy({ id: In(tags.map((tag) => tag.taxonomyTermId)) }) : [];
    return {
      categories: canonical(terms.map((term) => term.code)),
      languages: canonical(languages.map(({ code, name }) => ({ code, name }))),
      openingHours: canonicalOpenings(
        schedules.map((row) => ({ weekday: row.byday, opensAt: hoursAndMinutes(row.opensAt), closesAt: hoursAndMinutes(row.closesAt), description: row.description })),
      ),
      requiredDocuments: canonical(documents.map((row) => row.document)),
      costOptions: canonical(costs.map(({ option, amount, currency, amountDescription }) => ({ option, amount: amount === null ? null : Number(amount), currency, amountDescription }))),
      serviceAreas: canonical(areas.map((row) => row.name)),
      phones,
      locationIds: canonical(links.map((link) => link.locationId)),
    };
  }

  /**
   * Replaces the lists given. `termIds` maps each category code (already checked) to its term.
   * Writes one statement per row; a service has a handful of each.
   */
  async replaceServiceLists(service: { id: string; agencyId: string }, lists: Partial<ServiceLists>, termIds: ReadonlyMap<string, string>): Promise<void> {
    const serviceId = service.id;
    const where = { serviceId };
    if (lists.categories) {
      const tags = this.txHost.tx.getRepository(ServiceTaxonomyEntity);
      await tags.delete(where);
      if (lists.categories.length) {
        await tags.insert(lists.categories.map((code) => ({ serviceId, agencyId: service.agencyId, taxonomyTermId: termIds.get(code) as string })));
      }
    }
    if (lists.languages) await this.replace(LanguageEntity, serviceId, lists.languages.map((language) => ({ ...language, serviceId })));
    if (lists.openingHours) {
      await this.replace(ScheduleEntity, serviceId, lists.openingHours.map(({ weekday, ...opening }) => ({ ...opening, byday: weekday, serviceId })));
    }
    if (lists.requiredDocuments) await this.replace(RequiredDocumentEntity, serviceId, lists.requiredDocuments.map((document) => ({ document, serviceId })));
    if (lists.costOptions) {
      await this.replace(CostOptionEntity, serviceId, lists.costOptions.map(({ amount, ...cost }) => ({ ...cost, amount: amount === null ? null : String(amount), serviceId })));
    }
    if (lists.serviceAreas) await this.replace(ServiceAreaEntity, serviceId, lists.serviceAreas.map((name) => ({ name, serviceId })));
    if (lists.phones) await this.replacePhones(where, lists.phones);
    if (lists.locationIds) await this.replace(ServiceAtLocationEntity, serviceId, lists.locationIds.map((locationId) => ({ locationId, serviceId })));
  }

  private async replace<T extends { id: string; agencyId: string; serviceId: string | null }>(
    entity: new () => T,
    serviceId: string,
    rows: Omit<T, 'id' | 'agencyId'>[],
  ): Promise<void> {
    const repository = this.tenant.repository<T>(entity);
    await repository.delete({ serviceId } as never);
    for (const row of rows) await repository.save(repository.create(row as never));
  }
}

import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { BadInputError, type FieldProblem } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { agesOutOfOrder, type OpeningProblem, openingProblem, ServiceStatus } from '@waymark/shared/types';
import { In } from 'typeorm';
import { TaxonomyTerms } from '../taxonomy/taxonomy-terms.service';
import { CatalogReader } from './catalog-reader.service';
import { DirectoryScope } from './directory-scope';
import type { CreateDirectoryServiceInput, ServiceFields, UpdateDirectoryServiceInput } from './dto/service.input';
import { LocationEntity } from './entities/location.entity';
import { OrganizationEntity } from './entities/organization.entity';
import { ServiceEntity } from './entities/service.entity';
import type { DirectoryServiceModel } from './models/directory-service.model';
import { canonical, canonicalOpenings, definedOnly, noServiceLists, orNull, phoneValues, SERVICE_LISTS, type ServiceLists } from './record-details';
import { RecordDetails } from './record-details.service';
import { pick, RecordWriter } from './record-writer';

const COLUMNS = [
  'name',
  'alternateName',
  'description',
  'url',
  'email',
  'status',
  'interpretationServices',
  'applicationProcess',
  'feesDescription',
  'eligibilityDescription',
  'minimumAge',
  'maximumAge',
  'alert',
  'keywords',
  'lastVerifiedOn',
] as const satisfies readonly (keyof ServiceEntity)[];
const FIELDS = [...COLUMNS, ...SERVICE_LISTS] as const;

type ServiceValues = Pick<ServiceEntity, (typeof COLUMNS)[number]> & ServiceLists;

const OPENING_MESSAGES: Record<OpeningProblem, string> = {
  incomplete: 'opensAt and closesAt must both be times (HH:MM)',
  closesBeforeOpens: 'closesAt must be after opensAt',
  overlaps: 'overlaps another opening on the same weekday',
};

const ENTITY = 'DirectoryService';
const LABEL = 'Directory service';

/** What the input sets, as stored and in canonical order; a field left out stays undefined (unchanged). */
const values = (input: Partial<ServiceFields>): Partial<ServiceValues> => ({
  ...pick(input, COLUMNS),
  keywords: input.keywords && [...new Set(input.keywords)],
  categories: input.categories && canonical(input.categories),
  languages: input.languages && canonical(input.languages.map(({ code, name }) => ({ code, name: orNull(name) }))),
  openingHours:
    input.openingHours && canonicalOpenings(input.openingHours.map(({ weekday, opensAt, closesAt, description }) => ({ weekday, opensAt, closesAt, description: orNull(description) }))),
  requiredDocuments: input.requiredDocuments && canonical(input.requiredDocuments),
  costOptions:
    input.costOptions &&
    canonical(input.costOptions.map((cost) => ({ option: orNull(cost.option), amount: orNull(cost.amount), currency: orNull(cost.currency), amountDescription: orNull(cost.amountDescription) }))),
  serviceAreas: input.serviceAreas && canonical(input.serviceAreas),
  phones: phoneValues(input.phones),
  locationIds: input.locationIds && canonical(input.locationIds),
});

/** Directory services as their keeping agency's admins create and edit them, with every list a service page shows; every change audited with its fields. */
@Injectable()
export class ServiceEditor {
  constructor(
    private readonly scope: DirectoryScope,
    private readonly tenant: TenantScope,
    private readonly details: RecordDetails,
    private readonly terms: TaxonomyTerms,
    private readonly reader: CatalogReader,
    private readonly writer: RecordWriter,
  ) {}

  private get services() {
    return this.tenant.repository(ServiceEntity);
  }

  @Transactional()
  async create(input: CreateDirectoryServiceInput): Promise<DirectoryServiceModel> {
    const organization = await this.scope.requireKept(OrganizationEntity, input.organizationId, 'Directory organization', null);
    const created = { status: ServiceStatus.ACTIVE, keywords: [], ...noServiceLists(), ...definedOnly(values(input)) } as ServiceValues;
    const termIds = await this.check(created, organization.id);
    const service = await this.services.save(this.services.create({ ...pick(created, COLUMNS), organizationId: organization.id }));
    await this.details.replaceServiceLists(service, created, termIds);
    await this.writer.created(ENTITY, service.id, created, FIELDS);
    return this.reader.serviceModel(service);
  }

  @Transactional()
  async update(input: UpdateDirectoryServiceInput): Promise<DirectoryServiceModel> {
    const stored = await this.scope.requireKept(ServiceEntity, input.id, LABEL);
    const after = values(input);
    const termIds = await this.check({ ...stored, ...definedOnly(after) }, stored.organizationId);
    const before: ServiceValues = { ...stored, ...(await this.details.ofService(stored.id)) };
    const { row, changed } = await this.writer.update(this.services, stored, input.version, { before, after, fields: FIELDS, columns: COLUMNS }, ENTITY, LABEL);
    await this.details.replaceServiceLists(row, changed, termIds);
    return this.reader.serviceModel(row);
  }

  /**
   * The rules a form cannot check alone, all before anything is written: ages in order,
   * openings as the hours editor requires them (openingProblem), known categories (returned as code → term id) and
   * locations of the service's own organization.
   */
  private async check(values: Partial<ServiceValues>, organizationId: string): Promise<Map<string, string>> {
    const problems: FieldProblem[] = [];
    if (agesOutOfOrder(values.minimumAge, values.maximumAge)) {
      problems.push({ field: 'maximumAge', message: 'maximumAge must not be below minimumAge' });
    }
    values.openingHours?.forEach((_, i) => {
      const problem = openingProblem(values.openingHours ?? [], i);
      if (problem) problems.push({ field: problem === 'closesBeforeOpens' ? `openingHours.${i}.closesAt` : `openingHours.${i}`, message: OPENING_MESSAGES[problem] });
    });
    if (values.locationIds?.length) {
      const found = await this.tenant.repository(LocationEntity).find({ where: { id: In(values.locationIds), organizationId } });
      for (const id of values.locationIds) {
        if (!found.some((location) => location.id === id)) problems.push({ field: 'locationIds', message: `${id} is not a location of this organization` });
      }
    }
    if (problems.length) throw new BadInputError('Some fields need attention.', problems);
    const terms = await this.terms.requireCodes(values.categories ?? [], 'categories');
    return new Map(terms.map((term) => [term.code, term.id]));
  }
}

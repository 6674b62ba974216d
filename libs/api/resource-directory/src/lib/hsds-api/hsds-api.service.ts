import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@waymark/api/common';
import { HSDS_API_VERSION } from '@waymark/shared/types';
import type { HsdsRow, HsdsTables } from '../hsds/hsds-read.repository';
import { joinWeekdays } from '../hsds/hsds-schedules';
import { HSDS_TABLE_NAMES } from '../hsds/hsds-tables';
import { hsdsServices } from '../hsds/hsds-writers';
import type { HsdsListQuery } from './hsds-api-params';
import { HsdsApiRepository, type HsdsListed } from './hsds-api.repository';
import { type HsdsPage, hsdsPage, withoutNulls } from './hsds-api-shapes';

const ids = (rows: HsdsRow[], field = 'id') => [...new Set(rows.map((row) => row[field]).filter((id) => id != null))];
const byId = (rows: HsdsRow[]) => new Map(rows.map((row) => [row.id, row]));
const grouped = (rows: HsdsRow[], field: string) => (id: unknown) => rows.filter((row) => row[field] === id);

const LABELS: Record<HsdsListed, string> = {
  service: 'Service',
  organization: 'Organization',
  service_at_location: 'Service at location',
  taxonomy: 'Taxonomy',
  taxonomy_term: 'Taxonomy term',
};

/**
 * The directory as the Open Referral HSDS 3.0 API serves it. A page costs a fixed number of
 * statements however many entries it holds: the page and its count, then each kind of nested
 * record for the whole page at once. Directory data is no client data: reads are not audited.
 */
@Injectable()
export class HsdsApiService {
  constructor(private readonly repository: HsdsApiRepository) {}

  about() {
    return {
      version: HSDS_API_VERSION,
      description: 'The resource directory of Waymark: community services, the organizations that offer them, where, and their categories (Open Referral HSDS 3.0).',
      publisher: { name: 'Waymark' },
    };
  }

  async services(query: HsdsListQuery): Promise<HsdsPage<HsdsRow>> {
    const { total, rows } = await this.repository.page('service', query);
    return hsdsPage(total, query, withoutNulls(query.full ? await this.nestedServices(rows) : await this.servicesWithOrganization(rows)));
  }

  async service(id: string): Promise<HsdsRow> {
    const [service] = await this.nestedServices([await this.require('service', id)]);
    return withoutNulls(service);
  }

  async organizations(query: HsdsListQuery): Promise<HsdsPage<HsdsRow>> {
    const { total, rows } = await this.repository.page('organization', query);
    const full = query.full || query.fullService;
    return hsdsPage(total, query, withoutNulls(full ? await this.nestedOrganizations(rows, query.fullService) : rows));
  }

  async organization(id: string, fullService: boolean): Promise<HsdsRow> {
    const [organization] = await this.nestedOrganizations([await this.require('organization', id)], fullService);
    return withoutNulls(organization);
  }

  async servicesAtLocations(query: HsdsListQuery): Promise<HsdsPage<HsdsRow>> {
    const { total, rows } = await this.repository.page('service_at_location', query);
    return hsdsPage(total, query, withoutNulls(await this.nestedLinks(rows, query.full)));
  }

  async serviceAtLocation(id: string): Promise<HsdsRow> {
    const [link] = await this.nestedLinks([await this.require('service_at_location', id)], true);
    return withoutNulls(link);
  }

  async taxonomies(query: HsdsListQuery): Promise<HsdsPage<HsdsRow>> {
    const { total, rows } = await this.repository.page('taxonomy', query);
    return hsdsPage(total, query, withoutNulls(rows));
  }

  async taxonomy(id: string): Promise<HsdsRow> {
    return withoutNulls(await this.require('taxonomy', id));
  }

  async taxonomyTerms(query: HsdsListQuery): Promise<HsdsPage<HsdsRow>> {
    const { total, rows } = await this.repository.page('taxonomy_term', query);
    return hsdsPage(total, query, withoutNulls(rows));
  }

  async taxonomyTerm(id: string): Promise<HsdsRow> {
    const term = await this.require('taxonomy_term', id);
    const [taxonomy] = term.taxonomy_id ? await this.repository.children('taxonomy', { id: [term.taxonomy_id] }) : [];
    return withoutNulls({ ...term, taxonomy_detail: taxonomy ?? null });
  }

  /** NOT_FOUND for an id nobody keeps and for one the caller may not read alike: whether it exists is not told. */
  private async require(listed: HsdsListed, id: string): Promise<HsdsRow> {
    const row = await this.repository.one(listed, id);
    if (!row) throw new NotFoundError(LABELS[listed]);
    return row;
  }

  /** Services with their one-to-one organization (the list's shape): one statement for the page. */
  private async servicesWithOrganization(services: HsdsRow[]): Promise<HsdsRow[]> {
    const organizations = byId(await this.repository.children('organization', { id: ids(services, 'organization_id') }));
    return services.map((service) => ({ ...service, organization: organizations.get(service.organization_id) }));
  }

  /** Services fully nested, as the HSDS JSON export nests them: fifteen statements at most for the page, whatever its size. */
  private async nestedServices(services: HsdsRow[]): Promise<HsdsRow[]> {
    const repository = this.repository;
    const S = ids(services);
    const links = await repository.children('service_at_location', { service_id: S });
    const L = ids(links, 'location_id');
    const phones = await repository.children('phone', { service_id: S, organization_id: ids(services, 'organization_id'), location_id: L, service_at_location_id: ids(links) });
    const attributes = await repository.attributes(S);
    const terms = await repository.children('taxonomy_term', { id: ids(attributes, 'taxonomy_term_id') });
    const capacities = await repository.children('service_capacity', { service_id: S });
    const tables = Object.fromEntries(HSDS_TABLE_NAMES.map((name) => [name, []])) as unknown as HsdsTables;
    Object.assign(tables, {
      service: services,
      organization: await repository.children('organization', { id: ids(services, 'organization_id') }),
      service_at_location: links,
      location: await repository.children('location', { id: L }),
      address: await repository.children('address', { location_id: L }),
      phone: phones,
      language: await repository.children('language', { service_id: S, location_id: L, phone_id: ids(phones) }),
      schedule: joinWeekdays((await repository.children('schedule', { service_id: S, location_id: L, service_at_location_id: ids(links) })) as Parameters<typeof joinWeekdays>[0]),
      required_document: await repository.children('required_document', { service_id: S }),
      cost_option: await repository.children('cost_option', { service_id: S }),
      service_area: await repository.children('service_area', { service_id: S }),
      attribute: attributes,
      taxonomy_term: terms,
      taxonomy: await repository.children('taxonomy', { id: ids(terms, 'taxonomy_id') }),
      service_capacity: capacities,
      unit: await repository.children('unit', { id: ids(capacities, 'unit_id') }),
    });
    return hsdsServices(tables);
  }

  /** Organizations with their phones and locations (addresses, phones, schedules, languages) and their services, simple or full. */
  private async nestedOrganizations(organizations: HsdsRow[], fullServices: boolean): Promise<HsdsRow[]> {
    const O = ids(organizations);
    const locations = await this.locations(await this.repository.children('location', { organization_id: O }, 'name, id'), { organization_id: O }, {});
    const services = await this.repository.children('service', { organization_id: O }, 'name, id');
    const servicesOf = grouped(fullServices ? await this.nestedServices(services) : services, 'organization_id');
    const locationsOf = grouped(locations.rows, 'organization_id');
    return organizations.map((organization) => ({
      ...organization,
      phones: locations.phonesOf('organization_id')(organization.id),
      locations: locationsOf(organization.id),
      services: servicesOf(organization.id),
    }));
  }

  /** Services at locations: their phones, schedules and location nested; the service simple, or full with `full`. */
  private async nestedLinks(links: HsdsRow[], full: boolean): Promise<HsdsRow[]> {
    const SAL = ids(links);
    const locations = await this.locations(await this.repository.children('location', { id: ids(links, 'location_id') }), { service_at_location_id: SAL }, { service_at_location_id: SAL });
    const services = await this.repository.children('service', { id: ids(links, 'service_id') });
    const served = byId(full ? await this.nestedServices(services) : await this.servicesWithOrganization(services));
    const location = byId(locations.rows);
    const schedulesOf = grouped(locations.schedules, 'service_at_location_id');
    return links.map((link) => ({
      ...link,
      phones: locations.phonesOf('service_at_location_id')(link.id),
      schedules: schedulesOf(link.id),
      location: location.get(link.location_id),
      service: served.get(link.service_id),
    }));
  }

  /**
   * Locations with their addresses, phones, schedules and languages, in four statements; the
   * phones and schedules of other parents (an organization's, a service at location's) come with them.
   */
  private async locations(locations: HsdsRow[], phonesAlsoOf: Record<string, unknown[]>, schedulesAlsoOf: Record<string, unknown[]>) {
    const L = ids(locations);
    const addresses = await this.repository.children('address', { location_id: L });
    const phones = await this.repository.children('phone', { location_id: L, ...phonesAlsoOf });
    const languages = await this.repository.children('language', { location_id: L, phone_id: ids(phones) });
    const schedules = joinWeekdays((await this.repository.children('schedule', { location_id: L, ...schedulesAlsoOf })) as Parameters<typeof joinWeekdays>[0]);
    const languagesOfPhone = grouped(languages, 'phone_id');
    const phonesOf = (field: string) => (id: unknown) => grouped(phones, field)(id).map((phone) => ({ ...phone, languages: languagesOfPhone(phone.id) }));
    const rows = locations.map((location) => ({
      ...location,
      addresses: grouped(addresses, 'location_id')(location.id),
      phones: phonesOf('location_id')(location.id),
      schedules: grouped(schedules, 'location_id')(location.id),
      languages: grouped(languages, 'location_id')(location.id),
    }));
    return { rows, phonesOf, schedules };
  }
}

import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { BadInputError, RequestContext } from '@waymark/api/common';
import { ActorType, ApiScopeContext, HSDS_API_ANONYMOUS_DEPTH_MAX, scopesAllow } from '@waymark/shared/types';
import { readableOrganizationSql } from '../catalog/directory-scope';
import { hsdsAttribute, hsdsColumns, type HsdsRow } from '../hsds/hsds-read.repository';
import { type HsdsTableName, STORED_IN } from '../hsds/hsds-tables';
import { READABLE_TERM } from '../taxonomy/taxonomy-terms.service';
import type { HsdsListQuery } from './hsds-api-params';
import { servedRow } from './hsds-api-shapes';

/** The kinds of entry the HSDS API lists, each with where it is read from and in which order. */
export type HsdsListed = 'service' | 'organization' | 'service_at_location' | 'taxonomy' | 'taxonomy_term';

const FROM: Record<HsdsListed, string> = {
  service: 'service JOIN organization ON organization.id = service.organization_id',
  organization: 'organization',
  service_at_location: `service_at_location JOIN service ON service.id = service_at_location.service_id
    JOIN organization ON organization.id = service.organization_id JOIN location ON location.id = service_at_location.location_id`,
  taxonomy: 'taxonomy',
  taxonomy_term: 'taxonomy_term',
};
const ORDER: Record<HsdsListed, string> = {
  service: 'service.name, service.id',
  organization: 'organization.name, organization.id',
  service_at_location: 'service.name, location.name, service_at_location.id',
  taxonomy: 'taxonomy.name, taxonomy.id',
  // Tree order: each parent before its children.
  taxonomy_term: 'taxonomy_term.path, taxonomy_term.id',
};

/** `%text%` for LIKE, its wildcards taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, '\\$&')}%`;

/**
 * The SQL of the HSDS API. The reader is the caller's agency, or nobody (see `reader`): it
 * sees an organization, and all under it, when it is SHARED or kept by the reader (the
 * directory's one reading rule), and the global taxonomies plus its own.
 */
@Injectable()
export class HsdsApiRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
  ) {}

  /**
   * The agency the caller reads as: a signed-in user's, or an API client's whose scopes admit
   * directory reads. On the public feed the guard names any working key's client (its call is
   * recorded as its own), but a key scoped for other contexts reads as anybody does: its agency's
   * private entries are not opened to it.
   */
  private reader(): string | null {
    const principal = this.context.principal;
    if (principal?.actorType === ActorType.USER) return principal.agencyId;
    if (principal?.actorType === ActorType.API_CLIENT && scopesAllow(principal.scopes ?? [], ApiScopeContext.DIRECTORY, 'read')) return principal.agencyId;
    return null;
  }

  private query<T = HsdsRow>(sql: string, parameters: unknown[]): Promise<T[]> {
    return this.txHost.tx.query(sql, parameters);
  }

  /** One page of `listed` matching the query, with how many match in all: two statements. */
  async page(listed: HsdsListed, query: HsdsListQuery): Promise<{ total: number; rows: HsdsRow[] }> {
    const params: unknown[] = [this.reader()];
    if (params[0] === null && query.page * query.perPage > HSDS_API_ANONYMOUS_DEPTH_MAX) {
      const message = `the public feed pages ${HSDS_API_ANONYMOUS_DEPTH_MAX} entries deep at most (page × per_page): narrow the query, or read with a key`;
      throw new BadInputError(message, [{ field: 'page', message }]);
    }
    const where = this.where(listed, query, (value) => `$${params.push(value)}`);
    const [{ total }] = await this.query<{ total: number }>(`SELECT count(*)::int AS total FROM ${FROM[listed]} WHERE ${where}`, params);
    const offset = (query.page - 1) * query.perPage;
    const rows = await this.query(
      `SELECT ${hsdsColumns(listed)} FROM ${FROM[listed]} WHERE ${where} ORDER BY ${ORDER[listed]} LIMIT ${query.perPage} OFFSET ${offset}`,
      params,
    );
    return { total, rows: rows.map((row) => servedRow(listed, row)) };
  }

  /** The entry of `listed` with this id when the caller may read it; null otherwise. */
  async one(listed: HsdsListed, id: string): Promise<HsdsRow | null> {
    const params: unknown[] = [this.reader(), id];
    const where = this.where(listed, { page: 1, perPage: 1, full: false, fullService: false, topOnly: false }, () => '$1');
    const [row] = await this.query(`SELECT ${hsdsColumns(listed)} FROM ${FROM[listed]} WHERE ${STORED_IN[listed]}.id = $2 AND ${where}`, params);
    return row ? servedRow(listed, row) : null;
  }

  /**
   * Rows of `table` whose column is one of the ids given for it (any of the columns): the
   * children of a whole page in one statement, by id unless `order` says. None asked for, none read.
   */
  async children(table: HsdsTableName, parents: Record<string, readonly unknown[]>, order = 'id'): Promise<HsdsRow[]> {
    const asked = Object.entries(parents).filter(([, ids]) => ids.length);
    if (!asked.length) return [];
    const stored = STORED_IN[table];
    const where = asked.map(([column], i) => `${stored}.${column} = ANY ($${i + 1}::uuid[])`).join(' OR ');
    const rows = await this.query(`SELECT ${hsdsColumns(table)} FROM ${stored} WHERE ${where} ORDER BY ${order.split(', ').map((column) => `${stored}.${column}`).join(', ')}`, asked.map(([, ids]) => ids));
    return rows.map((row) => servedRow(table, row));
  }

  /** The services' taxonomy terms as HSDS attributes. */
  async attributes(serviceIds: readonly unknown[]): Promise<HsdsRow[]> {
    if (!serviceIds.length) return [];
    const links = await this.query<{ serviceId: string; termId: string }>(
      `SELECT service_id::text AS "serviceId", taxonomy_term_id::text AS "termId" FROM service_taxonomy WHERE service_id = ANY ($1::uuid[]) ORDER BY taxonomy_term_id`,
      [serviceIds],
    );
    return links.map(hsdsAttribute);
  }

  /** The SQL condition of a list: what the reader may see, and the query's filters (each value a parameter). */
  private where(listed: HsdsListed, query: HsdsListQuery, param: (value: unknown) => string): string {
    const reader = '$1::uuid';
    const conditions: string[] = [];
    if (listed === 'taxonomy' || listed === 'taxonomy_term') {
      conditions.push(READABLE_TERM(listed, reader));
      if (query.search) conditions.push(`(${listed}.name ILIKE ${param(containing(query.search))}${listed === 'taxonomy_term' ? ` OR ${listed}.code = ${param(query.search)}` : ''})`);
      if (query.taxonomyId) conditions.push(`${listed}.taxonomy_id = ${param(query.taxonomyId)}`);
      if (query.parentId) conditions.push(`taxonomy_term.parent_id = ${param(query.parentId)}`);
      if (query.topOnly) conditions.push('taxonomy_term.parent_id IS NULL');
      return conditions.join(' AND ');
    }
    conditions.push(readableOrganizationSql('organization', reader));
    // A term includes its children (its code is on their path, in its own taxonomy), as in the
    // directory's search; a term the reader may not read filters out everything.
    const tagged = (termCondition: string) =>
      `EXISTS (SELECT 1 FROM service_taxonomy link JOIN taxonomy_term used ON used.id = link.taxonomy_term_id WHERE link.service_id = tagged.id AND ${termCondition})`;
    const byTerms: string[] = [];
    if (query.taxonomyTermId) byTerms.push(
        tagged(
          `EXISTS (SELECT 1 FROM taxonomy_term chosen WHERE chosen.id = ${param(query.taxonomyTermId)} AND ${READABLE_TERM('chosen', reader)}
            AND chosen.taxonomy_id IS NOT DISTINCT FROM used.taxonomy_id AND chosen.code = ANY (used.path))`,
        ),
      );
    if (query.taxonomyId) byTerms.push(tagged(`used.taxonomy_id = ${param(query.taxonomyId)}`));
    if (listed === 'organization') {
      if (query.search) conditions.push(`(organization.name ILIKE ${param(containing(query.search))} OR organization.alternate_name ILIKE ${param(containing(query.search))})`);
      for (const condition of byTerms) conditions.push(`EXISTS (SELECT 1 FROM service tagged WHERE tagged.organization_id = organization.id AND ${condition})`);
      return conditions.join(' AND ');
    }
    if (query.search) {
      const words = param(query.search);
      conditions.push(`(service.search_vector @@ websearch_to_tsquery('english', waymark_unaccent(${words})) OR service.search_name LIKE lower(waymark_unaccent(${param(containing(query.search))})))`);
    }
    for (const condition of byTerms) conditions.push(condition.replace(/tagged\.id/g, 'service.id'));
    if (query.organizationId) conditions.push(`service.organization_id = ${param(query.organizationId)}`);
    if (query.modifiedAfter) conditions.push(`service.updated_at >= ${param(query.modifiedAfter)}`);
    return conditions.join(' AND ');
  }
}

import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditTrail } from '@waymark/api/audit';
import { BadInputError, decodeCursor, isString, isUuid, type Order, toConnection } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction, CLIENT_SORT_ORDER, ClientOrderField, SortDirection } from '@waymark/shared/types';
import type { SelectQueryBuilder } from 'typeorm';
import { ClientAccess, type ListScope } from '../access/client-access.service';
import { pageTotal, type TotalColumn } from '../shared/page-total';
import { parseSearch, type SearchTerms } from './client-search-terms';
import { ClientEntity } from './client.entity';
import { ClientConnection, ClientModel } from './client.model';
import type { ClientListArgs } from './dto/clients.args';

/**
 * How close a name must come (pg_trgm word similarity, 0–1) to match. The default (0.6) misses
 * one-letter typos in short names; two letters swapped in each name ("Mraia Gonzlaez", 0.37 to
 * María González) or "Jon Smyth" for John Smith (0.38) need 0.35, which adds about a quarter more
 * matches to a common name's search (Maria Gonzalez, ranked first either way).
 */
const NAME_MATCH_THRESHOLD = 0.35;

const isInteger = (value: unknown): value is string => typeof value === 'string' && /^-?\d{1,20}$/.test(value);

/** One column of a sort's keyset: an SQL expression, ascending, with its cursor value's type and check. */
interface SortKey {
  sql: string;
  type: 'int' | 'bigint' | 'text' | 'uuid';
  check: (value: unknown) => boolean;
}

/** A fetched row's extra columns: its sort keys, whether the caller may open it, the total. */
interface PageRow extends TotalColumn {
  may_open: boolean;
  [sortKey: `sort_${number}`]: unknown;
}

/** Quoted: TypeORM would take a selection written `c.id` for the entity's own id column and hydrate rows without it. */
const ID_KEY: SortKey = { sql: '"c"."id"', type: 'uuid', check: isUuid };

const NAME_KEYS: SortKey[] = [
  { sql: 'c.legal_last_name', type: 'text', check: isString },
  { sql: 'c.legal_first_name', type: 'text', check: isString },
  ID_KEY,
];

/** Each order's keys as they run DESC for RELEVANCE and UPDATED_AT, ASC for NAME (its usual direction); the other direction flips them all. */
const SORT_KEYS: Record<ClientOrderField, SortKey[]> = {
  // Best match first (rank negated, so every key ascends), then by name.
  RELEVANCE: [{ sql: '-round(word_similarity(waymark_unaccent(:name), c.search_name) * 1000)::int', type: 'int', check: isInteger }, ...NAME_KEYS],
  NAME: NAME_KEYS,
  // Last changed first, to the microsecond, so a page boundary never skips a row.
  UPDATED_AT: [
    { sql: '(-extract(epoch FROM c.updated_at) * 1000000)::bigint', type: 'bigint', check: isInteger },
    ID_KEY,
  ],
};

/**
 * Finding people: by a name that forgives typos, accents and swapped first/last names (trigram), a
 * client number, a date of birth or a phone number; filtered, sorted and paginated in SQL,
 * limited to the clients the caller may find, those they may not open shown as a summary.
 * Every client on a page is an audited read.
 */
@Injectable()
export class ClientSearchService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly access: ClientAccess,
    private readonly audit: AuditTrail,
  ) {}

  /** `ownCaseload`: only the caller's own caseload ("My caseload"). */
  async list(args: ClientListArgs, { ownCaseload = false }: { ownCaseload?: boolean } = {}): Promise<ClientConnection> {
    const terms = args.search ? parseSearch(args.search) : {};
    const sort = this.order(args, !!terms.name);
    const query = this.tenant.repository(ClientEntity).createQueryBuilder('c').andWhere('c.merged_into_id IS NULL');
    this.filter(query, args);
    const scope = ownCaseload ? await this.access.restrictToOwnCaseload(query, 'c') : await this.access.restrictList(query, 'c');
    const byIndex = !!terms.name && !scope.caseloadOnly;
    if (args.search) this.match(query, terms, byIndex);
    if (!byIndex) return this.page(query, args, sort, scope);
    // The trigram index reads its threshold from the session: set for one transaction alone, on
    // whose connection the query (built before it began) must run.
    return this.txHost.withTransaction(async () => {
      await this.txHost.tx.query(`SELECT set_config('pg_trgm.word_similarity_threshold', $1, true)`, [String(NAME_MATCH_THRESHOLD)]);
      const { queryRunner } = this.txHost.tx;
      if (queryRunner) query.setQueryRunner(queryRunner);
      return this.page(query, args, sort, scope);
    });
  }

  /** `orderBy`, else the deprecated `sort` it replaces (both at once is refused), else the default; RELEVANCE needs a name to match. */
  private order({ orderBy, sort }: ClientListArgs, matchingName: boolean): Order<ClientOrderField> {
    if (orderBy && sort) throw new BadInputError('Give orderBy or the deprecated sort, not both.', [{ field: 'sort', message: 'use orderBy' }]);
    const fallback = CLIENT_SORT_ORDER[matchingName ? 'RELEVANCE' : 'NAME'];
    const order = orderBy ?? (sort ? CLIENT_SORT_ORDER[sort] : fallback);
    return order.field === ClientOrderField.RELEVANCE && !matchingName ? CLIENT_SORT_ORDER.NAME : order;
  }

  /**
   * The page and its total in one statement, with whether the caller may open each client shown.
   * A search or a caseload reads every match to order them, and counts them as it reads them.
   */
  private async page(query: SelectQueryBuilder<ClientEntity>, args: ClientListArgs, sort: Order<ClientOrderField>, scope: ListScope): Promise<ClientConnection> {
    const total = pageTotal(query, { whileReading: !!args.search || scope.caseloadOnly, after: args.after });
    const keys = SORT_KEYS[sort.field];
    const usual = sort.field === ClientOrderField.NAME ? SortDirection.ASC : SortDirection.DESC;
    const flipped = sort.direction !== usual;
    // A cursor names its order, so one taken from another order is refused rather than misread.
    const tag = `${sort.field} ${sort.direction}`;
    if (args.after) {
      const [, ...values] = decodeCursor(args.after, [(value) => value === tag, ...keys.map((key) => key.check)]);
      const bound = keys.map((key, i) => `CAST(:after${i} AS ${key.type})`);
      query.andWhere(
        `(${keys.map((key) => key.sql).join(', ')}) ${flipped ? '<' : '>'} (${bound.join(', ')})`,
        Object.fromEntries(values.map((value, i) => [`after${i}`, value])),
      );
    }
    keys.forEach((key, i) => query.addSelect(key.sql, `sort_${i}`).addOrderBy(`sort_${i}`, flipped ? 'DESC' : 'ASC'));
    const open = scope.allOpenable ? null : await this.access.openCondition('c');
    query.addSelect(open ? open.sql : 'true', 'may_open').setParameters(open?.params ?? {});
    const { entities, raw } = await query.limit(args.first + 1).getRawAndEntities<PageRow>();
    const rows = entities.map((client, i) => {
      this.access.knownOpenable(client.id, raw[i].may_open);
      return {
        client: raw[i].may_open ? ClientModel.from(client) : ClientModel.summary(client),
        keys: keys.map((_, k) => String(raw[i][`sort_${k}`])),
      };
    });

    const page = toConnection(rows, args.first, (row) => row.client, (row) => [tag, ...row.keys]);
    this.audit.recordRead(
      ...page.edges.map(({ node }) => ({ action: AuditAction.READ, entityType: 'ClientList', entityId: node.id, clientId: node.id })),
    );
    return { ...page, totalCount: await total.of(raw, args.after) };
  }

  private filter(query: SelectQueryBuilder<ClientEntity>, { status, riskLevel, programId, caseManagerId }: ClientListArgs): void {
    if (status?.length) query.andWhere('c.status IN (:...statuses)', { statuses: status });
    if (riskLevel) query.andWhere('c.risk_level = :riskLevel', { riskLevel });
    if (programId || caseManagerId) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM enrollment e WHERE e.agency_id = c.agency_id AND e.client_id = c.id AND e.closed_on IS NULL
          ${programId ? 'AND e.program_id = :programId' : ''} ${caseManagerId ? 'AND e.primary_case_manager_id = :caseManagerId' : ''})`,
        { programId, caseManagerId },
      );
    }
  }

  /**
   * A name is matched through the agency's trigram index (`<%`, above the session's threshold),
   * or, in a caseload of a few hundred clients, tested on each of them: no index to search.
   */
  private match(query: SelectQueryBuilder<ClientEntity>, terms: SearchTerms, byIndex: boolean): void {
    if (terms.name) {
      query.setParameter('name', terms.name);
      if (byIndex) query.andWhere('waymark_unaccent(:name) <% c.search_name');
      else query.andWhere('word_similarity(waymark_unaccent(:name), c.search_name) >= :nameThreshold', { nameThreshold: NAME_MATCH_THRESHOLD });
    } else if (terms.clientNumber) {
      query.andWhere('c.client_number = :clientNumber', { clientNumber: terms.clientNumber });
    } else if (terms.dateOfBirth) {
      query.andWhere('c.date_of_birth = :dateOfBirth', { dateOfBirth: terms.dateOfBirth });
    } else if (terms.phoneDigits) {
      query.andWhere(`c.phone_digits LIKE '%' || :phoneDigits`, { phoneDigits: terms.phoneDigits });
    } else {
      query.andWhere('false');
    }
  }
}

import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditTrail } from '@waymark/api/audit';
import { decodeCursor, isString, isUuid, toConnection } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction, ClientSort } from '@waymark/shared/types';
import type { SelectQueryBuilder } from 'typeorm';
import { ClientAccess } from '../access/client-access.service';
import { ClientVisibility } from '../access/client-visibility';
import { parseSearch, type SearchTerms } from './client-search-terms';
import { ClientEntity } from './client.entity';
import { ClientConnection, ClientModel } from './client.model';
import type { ClientsArgs } from './dto/clients.args';

/**
 * How close a name must come (pg_trgm word similarity, 0–1) to match. The default (0.6) misses
 * one-letter typos in short names; 0.45 still finds "Jon Smyth" for "John Smith" and little noise.
 */
const NAME_MATCH_THRESHOLD = 0.45;

const isInteger = (value: unknown): value is string => typeof value === 'string' && /^-?\d{1,20}$/.test(value);

/** One column of a sort's keyset: an SQL expression, ascending, with its cursor value's type and check. */
interface SortKey {
  sql: string;
  type: 'int' | 'bigint' | 'text' | 'uuid';
  check: (value: unknown) => boolean;
}

/** Quoted: TypeORM would take a selection written `c.id` for the entity's own id column and hydrate rows without it. */
const ID_KEY: SortKey = { sql: '"c"."id"', type: 'uuid', check: isUuid };

const NAME_KEYS: SortKey[] = [
  { sql: 'c.legal_last_name', type: 'text', check: isString },
  { sql: 'c.legal_first_name', type: 'text', check: isString },
  ID_KEY,
];

const SORT_KEYS: Record<ClientSort, SortKey[]> = {
  // Best match first (rank negated, so every key ascends), then by name.
  RELEVANCE: [{ sql: '-round(word_similarity(waymark_unaccent(:name), c.search_name) * 1000)::int', type: 'int', check: isInteger }, ...NAME_KEYS],
  NAME: NAME_KEYS,
  // Last changed first, to the microsecond, so a page boundary never skips a row.
  RECENT: [
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
    private readonly visibility: ClientVisibility,
    private readonly audit: AuditTrail,
  ) {}

  /** In a transaction only so the name threshold, set for it alone, applies to its queries. */
  @Transactional()
  async list(args: ClientsArgs, { caseloadOf }: { caseloadOf?: string } = {}): Promise<ClientConnection> {
    const terms = args.search ? parseSearch(args.search) : {};
    const requested = args.sort ?? (terms.name ? ClientSort.RELEVANCE : ClientSort.NAME);
    const sort = requested === ClientSort.RELEVANCE && !terms.name ? ClientSort.NAME : requested;
    const query = this.tenant.repository(ClientEntity).createQueryBuilder('c').andWhere('c.merged_into_id IS NULL');
    this.filter(query, args);
    if (caseloadOf) this.access.restrictToCaseload(query, 'c', caseloadOf);
    if (args.search) await this.match(query, terms);
    await this.access.restrictList(query, 'c');
    const totalCount = await query.getCount();

    const keys = SORT_KEYS[sort];
    if (args.after) {
      const [, ...values] = decodeCursor(args.after, [(value) => value === sort, ...keys.map((key) => key.check)]);
      const bound = keys.map((key, i) => `CAST(:after${i} AS ${key.type})`);
      query.andWhere(`(${keys.map((key) => key.sql).join(', ')}) > (${bound.join(', ')})`, Object.fromEntries(values.map((value, i) => [`after${i}`, value])));
    }
    keys.forEach((key, i) => query.addSelect(key.sql, `sort_${i}`).addOrderBy(`sort_${i}`, 'ASC'));
    const { entities, raw } = await query.limit(args.first + 1).getRawAndEntities();
    const detailed = await Promise.all(entities.map((client) => this.visibility.mayDetail(client.id)));
    const rows = entities.map((client, i) => ({
      client: detailed[i] ? ClientModel.from(client) : ClientModel.summary(client),
      keys: keys.map((_, k) => String(raw[i][`sort_${k}`])),
    }));

    const page = toConnection(rows, args.first, (row) => row.client, (row) => [sort, ...row.keys]);
    this.audit.recordRead(
      ...page.edges.map(({ node }) => ({ action: AuditAction.READ, entityType: 'ClientList', entityId: node.id, clientId: node.id })),
    );
    return { ...page, totalCount };
  }

  private filter(query: SelectQueryBuilder<ClientEntity>, { status, riskLevel, programId, caseManagerId }: ClientsArgs): void {
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

  private async match(query: SelectQueryBuilder<ClientEntity>, terms: SearchTerms): Promise<void> {
    if (terms.name) {
      // `<%` is word similarity above the session's threshold, which the trigram index serves.
      await this.txHost.tx.query(`SELECT set_config('pg_trgm.word_similarity_threshold', $1, true)`, [String(NAME_MATCH_THRESHOLD)]);
      query.andWhere('waymark_unaccent(:name) <% c.search_name', { name: terms.name });
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

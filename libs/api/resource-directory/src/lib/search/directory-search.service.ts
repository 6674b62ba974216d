import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AppConfig, BadInputError, Clock, decodeCursor, isString, isUuid, RequestContext, toConnection } from '@waymark/api/common';
import { DirectorySort, type ServiceStatus } from '@waymark/shared/types';
import { type SearchPlan, searchQuery, UNMEASURED_METERS } from './directory-search-sql';
import type { DirectorySearchHitModel, DirectorySearchResultModel, FacetCountModel } from './directory-search.model';
import { refuseUnknownCodes } from '../taxonomy/taxonomy-terms.service';
import type { DirectorySearchInput } from './dto/directory-search.input';

/** A row of the search: a hit (or none, when the page is empty) with what every row carries, the total, facets and corrections. */
interface HitRow {
  total: number;
  category_facets: FacetRow[];
  language_facets: FacetRow[];
  /** Each typed word the search read as another word of the directory, with that word. */
  corrections: Record<string, string>;
  unknown_codes: string[];
  id: string | null;
  name: string;
  description: string | null;
  status: ServiceStatus;
  minimum_age: number | null;
  maximum_age: number | null;
  organization_name: string;
  on_waymark: boolean;
  latitude: number | null;
  longitude: number | null;
  meters: number | null;
  key: number;
  address: string | null;
  phone: string | null;
  languages: string[];
  categories: { code: string; name: string; nameEs: string | null }[];
  open_now: boolean | null;
}

interface FacetRow {
  code: string;
  name: string | null;
  nameEs?: string | null;
  count: number;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Language names for facets whose rows name none ("es" → "Spanish"). */
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/**
 * Finding services in the directory: words (full text, stemmed, typos corrected against the
 * directory's vocabulary), categories with their children, language, age, open now and
 * distance, among the services the caller's agency may see; sorted and paginated in SQL with
 * keyset cursors, with facet counts. One statement: the page with its total, facets and corrections.
 *
 * Keyset rather than offset: a cursor carries the sort key, name and id of the last row, so
 * the next page starts right after it even when services are added or removed meanwhile (an
 * offset would skip or repeat rows), and a deep page costs what the first does beyond the match.
 */
@Injectable()
export class DirectorySearchService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async search(input: DirectorySearchInput): Promise<DirectorySearchResultModel> {
    const plan = this.plan(input);
    const { sql, params } = searchQuery(plan);
    const rows: HitRow[] = await this.txHost.tx.query(sql, params);
    const [summary] = rows;
    // An unknown category is a mistake to point out, not a filter that silently finds nothing.
    refuseUnknownCodes(summary.unknown_codes, 'taxonomyCodes');
    const hits = rows.filter((row): row is HitRow & { id: string } => row.id !== null);
    const connection = toConnection(hits, plan.limit, toHit, (row) => [plan.sort, row.key, row.name, row.id]);
    return {
      ...connection,
      totalCount: summary.total,
      correctedText: plan.text ? corrected(plan.text, summary.corrections) : null,
      facets: { categories: summary.category_facets.map(toFacet), languages: summary.language_facets.map(toFacet) },
    };
  }

  /** The input checked, with its defaults: the sort follows what was asked for (words, a point, or neither). */
  private plan(input: DirectorySearchInput): SearchPlan {
    const near = input.near ?? undefined;
    if (input.radiusKm != null && !near) {
      throw new BadInputError('A radius needs a point to measure from.', [{ field: 'radiusKm', message: 'needs near' }]);
    }
    const sort = input.sort ?? (input.text ? DirectorySort.RELEVANCE : near ? DirectorySort.DISTANCE : DirectorySort.NAME);
    if (sort === DirectorySort.DISTANCE && !near) {
      throw new BadInputError('Sorting by distance needs a point to measure from.', [{ field: 'sort', message: 'needs near' }]);
    }
    const plan: SearchPlan = {
      agencyId: this.context.agencyId,
      now: this.clock.now(),
      defaultTimeZone: this.config.DIRECTORY_TIME_ZONE,
      text: input.text ?? undefined,
      taxonomyCodes: input.taxonomyCodes ?? undefined,
      languageCode: input.languageCode ?? undefined,
      age: input.age ?? undefined,
      near,
      radiusKm: input.radiusKm ?? undefined,
      openNow: input.openNow ?? undefined,
      includeInactive: input.includeInactive ?? undefined,
      // Relevance without words ranks everything alike: the name orders them.
      sort: sort === DirectorySort.RELEVANCE && !input.text ? DirectorySort.NAME : sort,
      limit: input.first,
    };
    if (input.after) {
      const [, key, name, id] = decodeCursor(input.after, [(value) => value === plan.sort, isNumber, isString, isUuid]);
      plan.after = { key: key as number, name: name as string, id: id as string };
    }
    return plan;
  }
}

/** The words as the search read them, when it corrected any (a typo the directory has no word for, read as its nearest word). */
function corrected(text: string, corrections: Record<string, string>): string | null {
  const fixes = new Map(Object.entries(corrections));
  if (!fixes.size) return null;
  // The words are matched as the SQL splits them (lower case, accents off); the rest of the text stays as typed.
  return text.replace(/[\p{L}\p{N}]+/gu, (token) => fixes.get(token.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()) ?? token);
}

function toHit(row: HitRow & { id: string }): DirectorySearchHitModel {
  return {
    serviceId: row.id,
    name: row.name,
    organizationName: row.organization_name,
    description: row.description,
    status: row.status,
    address: row.address,
    latitude: row.latitude,
    longitude: row.longitude,
    distanceKm: row.meters === null || row.meters >= UNMEASURED_METERS ? null : Math.round(row.meters / 10) / 100,
    openNow: row.open_now,
    languages: row.languages,
    categories: row.categories,
    phone: row.phone,
    minimumAge: row.minimum_age,
    maximumAge: row.maximum_age,
    onWaymark: row.on_waymark,
  };
}

function toFacet(row: FacetRow): FacetCountModel {
  return { code: row.code, name: row.name ?? LANGUAGE_NAMES.of(row.code) ?? row.code, nameEs: row.nameEs ?? null, count: row.count };
}

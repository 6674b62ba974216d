import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { BadInputError, RequestContext } from '@waymark/api/common';
import { TaxonomyTermEntity } from './taxonomy-term.entity';
import { TaxonomyTermModel } from './taxonomy-term.model';

/** SQL: whether term (or taxonomy) `alias` is one the agency `agency` (a placeholder) reads: global, or its own. */
export const READABLE_TERM = (alias: string, agency: string) => `(${alias}.agency_id IS NULL OR ${alias}.agency_id = ${agency})`;

/**
 * The category tree an agency reads: the global starter tree and the terms its own imports
 * added. Another agency's terms are not read here (they show only as the categories of that
 * agency's services).
 */
@Injectable()
export class TaxonomyTerms {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
  ) {}

  private readable() {
    return this.txHost.tx
      .getRepository(TaxonomyTermEntity)
      .createQueryBuilder('term')
      .where('(term.agencyId IS NULL OR term.agencyId = :agencyId)', { agencyId: this.context.agencyId });
  }

  /** Every term in tree order: each parent before its children. */
  async all(): Promise<TaxonomyTermModel[]> {
    const rows = await this.readable().orderBy('term.path', 'ASC').getMany();
    return rows.map(TaxonomyTermModel.from);
  }

  /** The terms of `codes`, each once; an unknown code is BAD_USER_INPUT naming it under `field` (a referral's needs, a service's categories). */
  async requireCodes(codes: readonly string[], field: string): Promise<TaxonomyTermModel[]> {
    const wanted = [...new Set(codes)];
    if (!wanted.length) return [];
    // A global term wins over the agency's own of the same code (a starter term added after the import).
    const found = await this.readable().andWhere('term.code IN (:...wanted)', { wanted }).orderBy('term.agencyId', 'ASC', 'NULLS FIRST').getMany();
    const rows = found.filter((row, i) => found.findIndex((other) => other.code === row.code) === i);
    refuseUnknownCodes(wanted.filter((code) => !rows.some((row) => row.code === code)), field);
    return rows.map(TaxonomyTermModel.from);
  }
}

/** An unknown code is BAD_USER_INPUT naming it under `field`; none, nothing happens. */
export function refuseUnknownCodes(unknown: readonly string[], field: string): void {
  if (unknown.length) {
    throw new BadInputError(`Unknown category ${unknown.join(', ')}.`, unknown.map((code) => ({ field, message: `unknown taxonomy code ${code}` })));
  }
}

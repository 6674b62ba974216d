import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { BadInputError } from '@waymark/api/common';
import { In } from 'typeorm';
import { TaxonomyTermEntity } from './taxonomy-term.entity';
import { TaxonomyTermModel } from './taxonomy-term.model';

/** The category tree: global reference data every agency reads. */
@Injectable()
export class TaxonomyTerms {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get terms() {
    return this.txHost.tx.getRepository(TaxonomyTermEntity);
  }

  /** Every term in tree order: each parent before its children. */
  async all(): Promise<TaxonomyTermModel[]> {
    const rows = await this.terms.createQueryBuilder('term').orderBy('term.path', 'ASC').getMany();
    return rows.map(TaxonomyTermModel.from);
  }

  /** The terms of `codes`, each once; an unknown code is BAD_USER_INPUT naming it under `field` (a referral's needs, a service's categories). */
  async requireCodes(codes: readonly string[], field: string): Promise<TaxonomyTermModel[]> {
    const wanted = [...new Set(codes)];
    if (!wanted.length) return [];
    const rows = await this.terms.findBy({ code: In(wanted) });
    const unknown = wanted.filter((code) => !rows.some((row) => row.code === code));
    if (unknown.length) {
      throw new BadInputError(`Unknown category ${unknown.join(', ')}.`, unknown.map((code) => ({ field, message: `unknown taxonomy code ${code}` })));
    }
    return rows.map(TaxonomyTermModel.from);
  }
}

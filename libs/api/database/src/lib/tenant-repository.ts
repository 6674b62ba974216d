import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ConflictError, NotFoundError, RequestContext } from '@waymark/api/common';
import type {
  EntityTarget,
  FindManyOptions,
  FindOptionsWhere,
  ObjectLiteral,
  QueryDeepPartialEntity,
  Repository,
  SelectQueryBuilder,
} from 'typeorm';

/** A tenant-owned row: every one carries the agency it belongs to. */
export interface TenantOwned extends ObjectLiteral {
  id: string;
  agencyId: string | null;
}

/**
 * A repository whose every read and write is limited to the caller's agency. This is the
 * one place tenancy is applied: services never pass an agency id themselves.
 */
export class TenantRepository<T extends TenantOwned> {
  constructor(
    private readonly repository: Repository<T>,
    readonly agencyId: string,
  ) {}

  private scoped(where: FindOptionsWhere<T> = {}): FindOptionsWhere<T> {
    return { ...where, agencyId: this.agencyId } as FindOptionsWhere<T>;
  }

  findOneBy(where: FindOptionsWhere<T>): Promise<T | null> {
    return this.repository.findOneBy(this.scoped(where));
  }

  find(options: Omit<FindManyOptions<T>, 'where'> & { where?: FindOptionsWhere<T> } = {}): Promise<T[]> {
    return this.repository.find({ ...options, where: this.scoped(options.where) });
  }

  /** A query builder already filtered to the agency; add conditions with `andWhere`. */
  createQueryBuilder(alias: string): SelectQueryBuilder<T> {
    return this.repository.createQueryBuilder(alias).where(`${alias}.agencyId = :tenantAgencyId`, { tenantAgencyId: this.agencyId });
  }

  create(values: Omit<T, 'agencyId' | 'id' | 'version' | 'createdAt' | 'updatedAt'> & Partial<T>): T {
    return this.repository.create({ ...values, agencyId: this.agencyId } as T);
  }

  /**
   * Applies `patch` only if the row is still at `version` (and in this agency), bumping the
   * version. A stale version is a CONFLICT; an id outside the agency is NOT_FOUND, never data.
   */
  async updateVersioned(id: string, version: number, patch: QueryDeepPartialEntity<T>, label: string): Promise<T> {
    const result = await this.repository
      .createQueryBuilder()
      .update()
      .set({ ...patch, version: () => 'version + 1' } as QueryDeepPartialEntity<T>)
      .where('id = :id AND agency_id = :agencyId AND version = :version', { id, agencyId: this.agencyId, version })
      .execute();
    const row = await this.findOneBy({ id } as FindOptionsWhere<T>);
    if (!row) throw new NotFoundError(label);
    if (!result.affected) throw new ConflictError();
    return row;
  }

  /** Sets `patch` on the agency's rows matching `where`, without bumping versions; how many changed. */
  async update(where: FindOptionsWhere<T>, patch: QueryDeepPartialEntity<T>): Promise<number> {
    return (await this.repository.update(this.scoped(where), patch)).affected ?? 0;
  }

  /** Deletes the agency's rows matching `where`; how many went. */
  async delete(where: FindOptionsWhere<T>): Promise<number> {
    return (await this.repository.delete(this.scoped(where))).affected ?? 0;
  }

  save(entity: T): Promise<T> {
    if (entity.agencyId !== this.agencyId) throw new Error('refusing to save a row of another agency');
    return this.repository.save(entity);
  }
}

/** Hands out tenant-scoped repositories bound to the current transaction, if any. */
@Injectable()
export class TenantScope {
  constructor(
    private readonly context: RequestContext,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  repository<T extends TenantOwned>(entity: EntityTarget<T>): TenantRepository<T> {
    return new TenantRepository(this.txHost.tx.getRepository(entity), this.context.agencyId);
  }
}

import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ForbiddenError, NotFoundError, RequestContext } from '@waymark/api/common';
import { DirectoryVisibility, Role } from '@waymark/shared/types';
import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { OrganizationEntity } from './entities/organization.entity';

/** A directory row that names the agency keeping it. */
interface Kept extends ObjectLiteral {
  id: string;
  agencyId: string;
}

/**
 * The reading rule as SQL, for queries written by hand (search): organization `alias` is seen by
 * the agency `reader` (a parameter placeholder) when it is SHARED or kept by that agency.
 * `agencyIdColumn` is the property name in a TypeORM query builder.
 */
export function readableOrganizationSql(alias: string, reader: string, agencyIdColumn = 'agency_id'): string {
  return `(${alias}.visibility = '${DirectoryVisibility.SHARED}' OR ${alias}.${agencyIdColumn} = ${reader})`;
}

/**
 * The one place directory tenancy is applied. A reader sees an organization, and everything
 * under it, when it is SHARED or kept by the reader's agency; only an ADMIN of the keeping
 * agency edits. A row the caller cannot see is NOT_FOUND (its existence is not told); a
 * shared row kept by another agency is FORBIDDEN to edit.
 */
@Injectable()
export class DirectoryScope {
  constructor(
    private readonly context: RequestContext,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  /** The rows of `entity` whose organization (joined as `organization`, or the row itself) the caller sees. */
  visible<T extends ObjectLiteral>(entity: EntityTarget<T>, alias: string, organizationIdColumn: string | null = 'organizationId'): SelectQueryBuilder<T> {
    const query = this.txHost.tx.getRepository(entity).createQueryBuilder(alias);
    const organization = organizationIdColumn ? 'organization' : alias;
    if (organizationIdColumn) query.innerJoin(OrganizationEntity, organization, `${organization}.id = ${alias}.${organizationIdColumn}`);
    return query.where(readableOrganizationSql(organization, ':readerAgencyId', 'agencyId'), { readerAgencyId: this.context.agencyId });
  }

  /** Whether the caller may edit a row kept by `agencyId`: an ADMIN of that agency. */
  mayEdit(agencyId: string): boolean {
    const principal = this.context.requirePrincipal();
    return principal.agencyId === agencyId && principal.role === Role.ADMIN;
  }

  /** A row the caller edits: NOT_FOUND when it is not to be seen, FORBIDDEN when another agency keeps it. */
  async requireKept<T extends Kept>(entity: EntityTarget<T>, id: string, label: string, organizationIdColumn: string | null = 'organizationId'): Promise<T> {
    const row = await this.visible(entity, 'row', organizationIdColumn).andWhere('row.id = :id', { id }).getOne();
    if (!row) throw new NotFoundError(label);
    if (!this.mayEdit(row.agencyId)) throw new ForbiddenError(`Only an admin of the agency that keeps this ${label.toLowerCase()} edits it.`);
    return row;
  }
}

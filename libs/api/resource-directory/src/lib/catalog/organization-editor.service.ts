import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditTrail, createdChanges } from '@waymark/api/audit';
import { BadInputError } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction } from '@waymark/shared/types';
import { CatalogReader } from './catalog-reader.service';
import { DirectoryScope } from './directory-scope';
import type { CreateDirectoryOrganizationInput, OrganizationFields, UpdateDirectoryOrganizationInput } from './dto/organization.input';
import { OrganizationEntity } from './entities/organization.entity';
import type { DirectoryOrganizationModel } from './models/directory-organization.model';
import { phoneValues, type PhoneValue } from './record-details';
import { RecordDetails } from './record-details.service';
import { writeRecord } from './record-changes';

const COLUMNS = ['name', 'alternateName', 'description', 'website', 'email', 'visibility', 'waymarkAgencyId', 'lastVerifiedOn'] as const;
const FIELDS = [...COLUMNS, 'phones'] as const;

type OrganizationValues = Pick<OrganizationEntity, (typeof COLUMNS)[number]> & { phones: PhoneValue[] };

/** Directory organizations as their keeping agency's admins create and edit them; every change audited with its fields. */
@Injectable()
export class OrganizationEditor {
  constructor(
    private readonly scope: DirectoryScope,
    private readonly tenant: TenantScope,
    private readonly details: RecordDetails,
    private readonly reader: CatalogReader,
    private readonly audit: AuditTrail,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  private get organizations() {
    return this.tenant.repository(OrganizationEntity);
  }

  @Transactional()
  async create(input: CreateDirectoryOrganizationInput): Promise<DirectoryOrganizationModel> {
    await this.requireAgency(input.waymarkAgencyId);
    const values = this.values(input) as OrganizationValues;
    const { phones, ...columns } = values;
    const organization = await this.organizations.save(this.organizations.create(columns));
    await this.details.replacePhones({ organizationId: organization.id }, phones ?? []);
    await this.audit.record({ action: AuditAction.CREATE, entityType: 'DirectoryOrganization', entityId: organization.id, changes: createdChanges({ ...values, phones: phones ?? [] }, FIELDS) });
    return this.reader.organizationModel(organization);
  }

  @Transactional()
  async update(input: UpdateDirectoryOrganizationInput): Promise<DirectoryOrganizationModel> {
    const stored = await this.scope.requireKept(OrganizationEntity, input.id, 'Directory organization', null);
    await this.requireAgency(input.waymarkAgencyId);
    const before: OrganizationValues = { ...stored, phones: await this.details.phones({ organizationId: stored.id }) };
    const { row, changed, changes } = await writeRecord(this.organizations, stored, input.version, { before, after: this.values(input), fields: FIELDS, columns: COLUMNS }, 'Directory organization');
    if (changed.phones) await this.details.replacePhones({ organizationId: row.id }, changed.phones);
    if (Object.keys(changes).length) await this.audit.record({ action: AuditAction.UPDATE, entityType: 'DirectoryOrganization', entityId: row.id, changes });
    return this.reader.organizationModel(row);
  }

  /** What the input sets, as stored: a field left out stays undefined (unchanged). */
  private values(input: Partial<OrganizationFields>): Partial<OrganizationValues> {
    return {
      name: input.name,
      alternateName: input.alternateName,
      description: input.description,
      website: input.website,
      email: input.email,
      visibility: input.visibility,
      waymarkAgencyId: input.waymarkAgencyId,
      lastVerifiedOn: input.lastVerifiedOn,
      phones: phoneValues(input.phones),
    };
  }

  /** The agency on Waymark an organization is must exist. */
  private async requireAgency(agencyId: string | null | undefined): Promise<void> {
    if (!agencyId) return;
    const [found] = await this.txHost.tx.query('SELECT 1 FROM agency WHERE id = $1', [agencyId]);
    if (!found) throw new BadInputError('There is no such agency on Waymark.', [{ field: 'waymarkAgencyId', message: 'unknown agency' }]);
  }
}

import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { BadInputError } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { CatalogReader } from './catalog-reader.service';
import { DirectoryScope } from './directory-scope';
import type { CreateDirectoryOrganizationInput, OrganizationFields, UpdateDirectoryOrganizationInput } from './dto/organization.input';
import { OrganizationEntity } from './entities/organization.entity';
import type { DirectoryOrganizationModel } from './models/directory-organization.model';
import { definedOnly, phoneValues, type PhoneValue } from './record-details';
import { RecordDetails } from './record-details.service';
import { pick, RecordWriter } from './record-writer';

const COLUMNS = ['name', 'alternateName', 'description', 'website', 'email', 'visibility', 'waymarkAgencyId', 'lastVerifiedOn'] as const satisfies readonly (keyof OrganizationEntity)[];
const FIELDS = [...COLUMNS, 'phones'] as const;

type OrganizationValues = Pick<OrganizationEntity, (typeof COLUMNS)[number]> & { phones: PhoneValue[] };

const ENTITY = 'DirectoryOrganization';
const LABEL = 'Directory organization';

/** What the input sets, as stored: a field left out stays undefined (unchanged). */
const values = (input: Partial<OrganizationFields>): Partial<OrganizationValues> => ({ ...pick(input, COLUMNS), phones: phoneValues(input.phones) });

/** Directory organizations as their keeping agency's admins create and edit them; every change audited with its fields. */
@Injectable()
export class OrganizationEditor {
  constructor(
    private readonly scope: DirectoryScope,
    private readonly tenant: TenantScope,
    private readonly details: RecordDetails,
    private readonly reader: CatalogReader,
    private readonly writer: RecordWriter,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  private get organizations() {
    return this.tenant.repository(OrganizationEntity);
  }

  @Transactional()
  async create(input: CreateDirectoryOrganizationInput): Promise<DirectoryOrganizationModel> {
    this.requireOwnAgency(input.waymarkAgencyId);
    const created = { phones: [], ...definedOnly(values(input)) } as OrganizationValues;
    const organization = await this.organizations.save(this.organizations.create(pick(created, COLUMNS)));
    await this.details.replacePhones({ organizationId: organization.id }, created.phones);
    await this.writer.created(ENTITY, organization.id, created, FIELDS);
    return this.reader.organizationModel(organization);
  }

  @Transactional()
  async update(input: UpdateDirectoryOrganizationInput): Promise<DirectoryOrganizationModel> {
    const stored = await this.scope.requireKept(OrganizationEntity, input.id, LABEL, null);
    this.requireOwnAgency(input.waymarkAgencyId);
    const before: OrganizationValues = { ...stored, phones: await this.details.phones({ organizationId: stored.id }) };
    const { row, changed } = await this.writer.update(this.organizations, stored, input.version, { before, after: values(input), fields: FIELDS, columns: COLUMNS }, ENTITY, LABEL);
    if (changed.phones) await this.details.replacePhones({ organizationId: row.id }, changed.phones);
    if (changed.name) await this.refreshServiceSearch(row.id);
    return this.reader.organizationModel(row);
  }

  /**
   * A service is found by its organization's name too: its search words are kept by a trigger
   * on the service, which a rename of the organization must set off (no version bump, no edit).
   */
  private async refreshServiceSearch(organizationId: string): Promise<void> {
    await this.txHost.tx.query('UPDATE service SET organization_id = organization_id WHERE agency_id = $1 AND organization_id = $2', [this.organizations.agencyId, organizationId]);
  }

  /**
   * An organization is an agency on Waymark only by that agency's own word: its referrals
   * land in that agency's inbox, so no other agency may point them there.
   */
  private requireOwnAgency(agencyId: string | null | undefined): void {
    if (agencyId && agencyId !== this.organizations.agencyId) {
      throw new BadInputError('Only the agency itself can say an organization is it on Waymark.', [{ field: 'waymarkAgencyId', message: 'must be your own agency' }]);
    }
  }
}

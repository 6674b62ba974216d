import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { BadInputError, type FieldProblem } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { isTimeZone, LocationType, unpairedCoordinate } from '@waymark/shared/types';
import { CatalogReader } from './catalog-reader.service';
import { DirectoryScope } from './directory-scope';
import type { CreateDirectoryLocationInput, DirectoryAddressInput, LocationFields, UpdateDirectoryLocationInput } from './dto/location.input';
import { AddressEntity } from './entities/address.entity';
import { LocationEntity } from './entities/location.entity';
import { OrganizationEntity } from './entities/organization.entity';
import type { DirectoryLocationModel } from './models/directory-location.model';
import { definedOnly, orNull, phoneValues, type PhoneValue } from './record-details';
import { RecordDetails } from './record-details.service';
import { pick, RecordWriter } from './record-writer';

const COLUMNS = ['locationType', 'name', 'description', 'transportation', 'url', 'latitude', 'longitude', 'timeZone'] as const satisfies readonly (keyof LocationEntity)[];
const FIELDS = [...COLUMNS, 'address', 'phones'] as const;

type AddressValue = Pick<AddressEntity, 'line1' | 'line2' | 'city' | 'region' | 'stateProvince' | 'postalCode' | 'country'>;
type LocationValues = Pick<LocationEntity, (typeof COLUMNS)[number]> & { address: AddressValue | null; phones: PhoneValue[] };

const ENTITY = 'DirectoryLocation';
const LABEL = 'Directory location';
/** The address the catalog keeps for a location: where a client goes. */
const PHYSICAL = 'physical';

const addressValue = (address: DirectoryAddressInput | null | undefined): AddressValue | null | undefined =>
  address && {
    line1: address.line1,
    line2: orNull(address.line2),
    city: address.city,
    region: orNull(address.region),
    stateProvince: address.stateProvince,
    postalCode: address.postalCode,
    country: address.country,
  };

/** What the input sets, as stored: a field left out stays undefined (unchanged). */
const values = (input: Partial<LocationFields>): Partial<LocationValues> => ({ ...pick(input, COLUMNS), address: addressValue(input.address), phones: phoneValues(input.phones) });

/** Directory locations as their keeping agency's admins create and edit them, with address, coordinates and time zone; every change audited. */
@Injectable()
export class LocationEditor {
  constructor(
    private readonly scope: DirectoryScope,
    private readonly tenant: TenantScope,
    private readonly details: RecordDetails,
    private readonly reader: CatalogReader,
    private readonly writer: RecordWriter,
  ) {}

  private get locations() {
    return this.tenant.repository(LocationEntity);
  }

  @Transactional()
  async create(input: CreateDirectoryLocationInput): Promise<DirectoryLocationModel> {
    const organization = await this.scope.requireKept(OrganizationEntity, input.organizationId, 'Directory organization', null);
    const created = { locationType: LocationType.PHYSICAL, address: null, phones: [], ...definedOnly(values(input)) } as LocationValues;
    this.check(created);
    const location = await this.locations.save(this.locations.create({ ...pick(created, COLUMNS), organizationId: organization.id }));
    await this.replaceAddress(location.id, created.address);
    await this.details.replacePhones({ locationId: location.id }, created.phones);
    await this.writer.created(ENTITY, location.id, created, FIELDS);
    return this.reader.locationModel(location);
  }

  @Transactional()
  async update(input: UpdateDirectoryLocationInput): Promise<DirectoryLocationModel> {
    const stored = await this.scope.requireKept(LocationEntity, input.id, LABEL);
    const after = values(input);
    this.check({ ...stored, ...definedOnly(after) });
    const before: LocationValues = { ...stored, address: await this.address(stored.id), phones: await this.details.phones({ locationId: stored.id }) };
    const { row, changed } = await this.writer.update(this.locations, stored, input.version, { before, after, fields: FIELDS, columns: COLUMNS }, ENTITY, LABEL);
    if (changed.address !== undefined) await this.replaceAddress(row.id, changed.address);
    if (changed.phones) await this.details.replacePhones({ locationId: row.id }, changed.phones);
    return this.reader.locationModel(row);
  }

  /** Coordinates come as a pair; the time zone is one the hours can be read in. */
  private check(values: Partial<LocationValues>): void {
    const problems: FieldProblem[] = [];
    const unpaired = unpairedCoordinate(values.latitude, values.longitude);
    if (unpaired) problems.push({ field: unpaired, message: 'latitude and longitude go together' });
    if (values.timeZone && !isTimeZone(values.timeZone)) problems.push({ field: 'timeZone', message: 'timeZone must be an IANA time zone such as America/Los_Angeles' });
    if (problems.length) throw new BadInputError('Some fields need attention.', problems);
  }

  private async address(locationId: string): Promise<AddressValue | null> {
    const row = await this.tenant.repository(AddressEntity).findOneBy({ locationId, addressType: PHYSICAL });
    return row && { line1: row.line1, line2: row.line2, city: row.city, region: row.region, stateProvince: row.stateProvince, postalCode: row.postalCode, country: row.country };
  }

  private async replaceAddress(locationId: string, address: AddressValue | null): Promise<void> {
    const addresses = this.tenant.repository(AddressEntity);
    await addresses.delete({ locationId, addressType: PHYSICAL });
    if (address) await addresses.save(addresses.create({ ...address, locationId, addressType: PHYSICAL }));
  }
}

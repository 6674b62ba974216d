import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditTrail } from '@waymark/api/audit';
import { BadInputError, Clock } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction, capacityOverMaximum } from '@waymark/shared/types';
import { CatalogReader } from './catalog-reader.service';
import { DirectoryScope } from './directory-scope';
import type { RecordServiceCapacityInput } from './dto/record-service-capacity.input';
import { ServiceCapacityEntity } from './entities/service-capacity.entity';
import { ServiceEntity } from './entities/service.entity';
import type { DirectoryServiceModel } from './models/directory-service.model';

/**
 * Open beds or slots as the keeping agency counts them, one count per unit, as of now. A
 * count is a fact of the moment, not an edit of the record: it takes no version, and the
 * newest count wins.
 */
@Injectable()
export class CapacityRecorder {
  constructor(
    private readonly scope: DirectoryScope,
    private readonly tenant: TenantScope,
    private readonly reader: CatalogReader,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  @Transactional()
  async record(input: RecordServiceCapacityInput): Promise<DirectoryServiceModel> {
    const service = await this.scope.requireKept(ServiceEntity, input.serviceId, 'Directory service');
    if (capacityOverMaximum(input.available, input.maximum)) {
      throw new BadInputError('Some fields need attention.', [{ field: 'available', message: 'available must not be more than maximum' }]);
    }
    const unitId = await this.unitId(input.unit);
    const counts = this.tenant.repository(ServiceCapacityEntity);
    const stored = await counts.findOneBy({ serviceId: service.id, unitId });
    const count = { available: input.available, maximum: input.maximum ?? null, description: input.description ?? null, updated: this.clock.now() };
    if (stored) await counts.update({ id: stored.id }, count);
    else await counts.save(counts.create({ serviceId: service.id, unitId, ...count }));
    const from = stored && { available: stored.available, maximum: stored.maximum };
    await this.audit.record({
      action: AuditAction.UPDATE,
      entityType: 'DirectoryService',
      entityId: service.id,
      changes: { [`capacity.${input.unit}`]: { ...(from ? { from } : {}), to: { available: count.available, maximum: count.maximum } } },
    });
    return this.reader.serviceModel(service);
  }

  /** The unit named so, made on first use: units are shared by every agency. */
  private async unitId(name: string): Promise<string> {
    await this.txHost.tx.query('INSERT INTO capacity_unit (name) VALUES ($1) ON CONFLICT (name) DO NOTHING', [name]);
    const [unit] = await this.txHost.tx.query('SELECT id FROM capacity_unit WHERE name = $1', [name]);
    return unit.id;
  }
}

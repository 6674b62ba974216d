import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { AuditTrail, createdChanges, textByLength } from '@waymark/api/audit';
import { ClientGate, TimelineService } from '@waymark/api/client';
import { actingUserId, BadInputError, RequestContext } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { type DirectoryHandout, DirectoryHandouts } from '@waymark/api/resource-directory';
import { AuditAction, resourceListLanguageFor, ServiceStatus, TimelineKind } from '@waymark/shared/types';
import type { CreateResourceListInput } from './dto/create-resource-list.input';
import { RESOURCE_LIST, resourceListLine } from './resource-list-lines';
import { ResourceListEntity, type ResourceListItem } from './resource-list.entity';
import { ResourceListModel } from './resource-list.model';

/**
 * Makes a client's resource list from directory services the caller's agency sees, keeping a
 * copy of what the directory says of each, so the record shows what the client was handed.
 */
@Injectable()
export class ResourceListService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly gate: ClientGate,
    private readonly handouts: DirectoryHandouts,
    private readonly timeline: TimelineService,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
  ) {}

  @Transactional()
  async create({ clientId, serviceIds, note, language }: CreateResourceListInput): Promise<ResourceListModel> {
    await this.gate.require(clientId, 'write');
    const items = await this.items(serviceIds);
    const [client] = await this.gate.details([clientId]);
    const lists = this.tenant.repository(ResourceListEntity);
    const list = await lists.save(
      lists.create({
        clientId,
        language: language ?? resourceListLanguageFor(client.primaryLanguage),
        note: note ?? null,
        items,
        createdBy: actingUserId(this.context.requirePrincipal()),
      }),
    );
    await this.timeline.add({
      clientId,
      occurredAt: list.createdAt,
      kind: TimelineKind.RESOURCE_LIST,
      sourceType: RESOURCE_LIST,
      sourceId: list.id,
      summary: resourceListLine.made(items.length, list.language),
    });
    await this.audit.record({
      action: AuditAction.CREATE,
      entityType: RESOURCE_LIST,
      entityId: list.id,
      clientId,
      changes: { ...textByLength(createdChanges(list, ['language', 'note']), ['note']), serviceIds: { to: serviceIds } },
    });
    return ResourceListModel.from(list);
  }

  /** Each service as the directory has it now, in the order asked; one the caller does not see, or that is not active, is refused by its place. */
  private async items(serviceIds: readonly string[]): Promise<ResourceListItem[]> {
    const found = new Map((await this.handouts.of(serviceIds)).map((handout) => [handout.serviceId, handout]));
    return serviceIds.map((id, i) => {
      const handout = found.get(id);
      if (!handout) throw new BadInputError('There is no such service in the directory.', [{ field: `serviceIds.${i}`, message: 'not found' }]);
      if (handout.status !== ServiceStatus.ACTIVE) {
        throw new BadInputError(`${handout.serviceName} is ${handout.status.toLowerCase().replace('_', ' ')}; hand over services that are active.`, [
          { field: `serviceIds.${i}`, message: `not active (${handout.status})` },
        ]);
      }
      return toItem(handout);
    });
  }
}

/** What the list keeps of a directory service: all but its status, which was checked. */
function toItem({ serviceId, serviceName, organizationName, phone, address, hours, website, eligibility, fees }: DirectoryHandout): ResourceListItem {
  return { serviceId, serviceName, organizationName, phone, address, hours, website, eligibility, fees };
}

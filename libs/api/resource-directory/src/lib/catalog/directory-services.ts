import { Injectable } from '@nestjs/common';
import { isUuid, requestLoader } from '@waymark/api/common';
import type { ServiceStatus } from '@waymark/shared/types';
import { ClsService } from 'nestjs-cls';
import { DirectoryScope } from './directory-scope';
import { ServiceEntity } from './entities/service.entity';

/** What another context needs of a directory service: what to call it, and the agency on Waymark that receives referrals to it. */
export interface DirectoryServiceSummary {
  id: string;
  name: string;
  organizationName: string;
  /** The agency on Waymark the service's organization is, or null when it is not on Waymark. */
  waymarkAgencyId: string | null;
  status: ServiceStatus;
}

const SUMMARIES = Symbol('directory.serviceSummaries');

/** The directory as other contexts read it (referrals resolve a chosen service here). */
@Injectable()
export class DirectoryServices {
  constructor(
    private readonly scope: DirectoryScope,
    private readonly cls: ClsService,
  ) {}

  /** The service if the caller sees it (SHARED, or kept by the caller's agency), else null; batched per request. */
  summary(serviceId: string): Promise<DirectoryServiceSummary | null> {
    return requestLoader<string, DirectoryServiceSummary | null>(this.cls, SUMMARIES, async (ids) => {
      // An id that is no uuid names no service (and must not reach SQL as one).
      const wanted = ids.filter(isUuid);
      if (!wanted.length) return ids.map(() => null);
      const rows = await this.scope
        .visible(ServiceEntity, 'service')
        .andWhere('service.id IN (:...ids)', { ids: wanted })
        .select(['service.id AS id', 'service.name AS name', 'service.status AS status'])
        .addSelect(['organization.name AS "organizationName"', 'organization.waymarkAgencyId AS "waymarkAgencyId"'])
        .getRawMany<DirectoryServiceSummary>();
      const found = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => found.get(id) ?? null);
    }).load(serviceId);
  }
}

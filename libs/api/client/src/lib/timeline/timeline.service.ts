import { Injectable } from '@nestjs/common';
import { actingUserId, RequestContext } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import type { TimelineKind } from '@waymark/shared/types';
import { TimelineEntryEntity } from './timeline-entry.entity';

export interface NewTimelineEntry {
  clientId: string;
  occurredAt: Date;
  kind: TimelineKind;
  sourceType: string;
  sourceId: string;
  summary: string;
}

/**
 * Writes the client's timeline, inside the caller's transaction so an entry exists exactly
 * when its source does. Contexts above `client` add their entries through this service.
 */
@Injectable()
export class TimelineService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly context: RequestContext,
  ) {}

  private get entries() {
    return this.tenant.repository(TimelineEntryEntity);
  }

  /** The entry names who acted; scheduled work (an expiry sweep) names nobody, as its SYSTEM id is no user. */
  async add(entry: NewTimelineEntry): Promise<void> {
    const principal = this.context.principal;
    await this.entries.save(this.entries.create({ ...entry, actorId: principal ? actingUserId(principal) : null }));
  }

  /** Keeps the entry of a source that changed (a draft note edited) in step with it. */
  async update(sourceType: string, sourceId: string, patch: Partial<Pick<NewTimelineEntry, 'occurredAt' | 'summary'>>): Promise<void> {
    await this.entries
      .createQueryBuilder('t')
      .update()
      .set(patch)
      .where('agency_id = :agencyId AND source_type = :sourceType AND source_id = :sourceId', {
        agencyId: this.entries.agencyId,
        sourceType,
        sourceId,
      })
      .execute();
  }
}

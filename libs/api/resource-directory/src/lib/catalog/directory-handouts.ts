import { Injectable } from '@nestjs/common';
import { isUuid } from '@waymark/api/common';
import { type ServiceStatus, WEEK_FROM_MONDAY, type Weekday } from '@waymark/shared/types';
import { DirectoryScope } from './directory-scope';
import { ServiceEntity } from './entities/service.entity';

/** One weekly opening as a handout prints it, in the service's local time. */
export interface HandoutOpening {
  weekday: Weekday;
  opensAt: string;
  closesAt: string;
  description: string | null;
}

/** What a client is handed about a service: how to reach it, when it is open, who it is for and what it costs. */
export interface DirectoryHandout {
  serviceId: string;
  serviceName: string;
  organizationName: string;
  status: ServiceStatus;
  /** The service's own phone, else its first location's, else its organization's. */
  phone: string | null;
  /** The first location's address on one line (a physical one first). */
  address: string | null;
  hours: HandoutOpening[];
  /** The service's web page, else its organization's. */
  website: string | null;
  eligibility: string | null;
  fees: string | null;
}

/** Monday first, as services post their hours. */
const WEEK_ORDER = `ARRAY[${WEEK_FROM_MONDAY.map((day) => `'${day}'`).join(', ')}]::text[]`;

/** The directory as a client's handout reads it (resource lists keep a copy of what was handed over). */
@Injectable()
export class DirectoryHandouts {
  constructor(private readonly scope: DirectoryScope) {}

  /**
   * The services among `ids` the caller sees (SHARED, or kept by the caller's agency), in one
   * statement; an id the caller does not see, or that is no uuid, is left out.
   */
  async of(ids: readonly string[]): Promise<DirectoryHandout[]> {
    const wanted = [...new Set(ids.filter(isUuid))];
    if (!wanted.length) return [];
    const firstLocation = `(SELECT sal.location_id FROM service_at_location sal WHERE sal.service_id = service.id ORDER BY sal.location_id LIMIT 1)`;
    return this.scope
      .visible(ServiceEntity, 'service')
      .andWhere('service.id IN (:...ids)', { ids: wanted })
      .select('service.id', 'serviceId')
      .addSelect('service.name', 'serviceName')
      .addSelect('organization.name', 'organizationName')
      .addSelect('service.status', 'status')
      .addSelect(
        `coalesce(
          (SELECT ph.number FROM phone ph WHERE ph.service_id = service.id ORDER BY ph.id LIMIT 1),
          (SELECT ph.number FROM phone ph WHERE ph.location_id = ${firstLocation} ORDER BY ph.id LIMIT 1),
          (SELECT ph.number FROM phone ph WHERE ph.organization_id = organization.id ORDER BY ph.id LIMIT 1))`,
        'phone',
      )
      .addSelect(
        `(SELECT concat_ws(', ', a.address_1, a.address_2, a.city, trim(a.state_province || ' ' || a.postal_code))
           FROM service_at_location sal JOIN address a ON a.location_id = sal.location_id
          WHERE sal.service_id = service.id ORDER BY a.address_type <> 'physical', sal.location_id, a.id LIMIT 1)`,
        'address',
      )
      .addSelect(
        `coalesce((SELECT json_agg(json_build_object('weekday', sc.byday, 'opensAt', to_char(sc.opens_at, 'HH24:MI'), 'closesAt', to_char(sc.closes_at, 'HH24:MI'), 'description', sc.description)
                     ORDER BY array_position(${WEEK_ORDER}, sc.byday), sc.opens_at)
                   FROM schedule sc WHERE sc.service_id = service.id), '[]')`,
        'hours',
      )
      .addSelect('coalesce(service.url, organization.website)', 'website')
      .addSelect('service.eligibility_description', 'eligibility')
      .addSelect('service.fees_description', 'fees')
      .getRawMany<DirectoryHandout>();
  }
}

import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@waymark/api/audit';
import { TenantScope } from '@waymark/api/database';
import { AuditAction, DUPLICATE_CANDIDATES_MAX, DuplicateReason } from '@waymark/shared/types';
import { ClientVisibility } from '../access/client-visibility';
import { ClientEntity } from './client.entity';
import { ClientModel } from './client.model';
import type { ClientDuplicatesInput } from './dto/client-duplicates.input';

/** Names this close (mean trigram similarity of first and last name, 0–1) count as similar. */
const SIMILAR_NAME = 0.5;
/** With the same date of birth, a name this close is worth a look. */
const SIMILAR_NAME_WITH_BIRTH_DATE = 0.3;

export interface DuplicateCandidate {
  client: ClientModel;
  score: number;
  reasons: DuplicateReason[];
}

/**
 * Who the person being taken in may already be, across the whole agency (intake must see
 * records it could not otherwise open), best match first, each with why it matched. A match
 * the caller may not open shows only who it is (ClientModel.summary). Merged aliases are left
 * out. Each candidate shown is an audited read.
 */
@Injectable()
export class ClientDuplicatesService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly visibility: ClientVisibility,
    private readonly audit: AuditTrail,
  ) {}

  async find(input: ClientDuplicatesInput): Promise<DuplicateCandidate[]> {
    const first = input.legalFirstName?.toLowerCase();
    const last = input.legalLastName?.toLowerCase();
    const phone = input.phone?.replace(/\D/g, '').slice(-10);
    const email = input.email?.toLowerCase();
    if (!first && !last && !input.dateOfBirth && !phone && !email) return [];

    const same = (condition: string, present: unknown) => (present ? `(${condition})` : 'false');
    // The names given, against the same names and swapped. float8: a bare 0 would make GREATEST integer and refuse a 0.5 threshold.
    const alike = (param: string, column: string) => `similarity(waymark_unaccent(:${param}), lower(waymark_unaccent(c.${column})))`;
    const likeness = (firstColumn: string, lastColumn: string) => {
      const parts = [first && alike('first', firstColumn), last && alike('last', lastColumn)].filter(Boolean);
      return parts.length ? `((${parts.join(' + ')}) / ${parts.length})::float8` : '0::float8';
    };
    const direct = likeness('legal_first_name', 'legal_last_name');
    const swapped = likeness('legal_last_name', 'legal_first_name');
    const name = `GREATEST(${direct}, ${swapped})`;
    const sameBirth = same('c.date_of_birth = :dateOfBirth', input.dateOfBirth);
    const samePhone = same(`c.phone_digits <> '' AND right(c.phone_digits, 10) = :phone`, phone && phone.length >= 7);
    const sameEmail = same('lower(c.email) = :email', email);
    const score = `(0.5 * ${name} + 0.25 * ${sameBirth}::int + 0.15 * ${samePhone}::int + 0.1 * ${sameEmail}::int)`;
    // A name alone matches only when both are given; a birth date only with a name close enough: many share a birthday or a first name.
    const byName = first && last ? `${name} >= :similar` : 'false';
    const byBirth = first || last ? `(${sameBirth} AND ${name} >= :similarWithBirth)` : 'false';

    const { entities, raw } = await this.tenant
      .repository(ClientEntity)
      .createQueryBuilder('c')
      .addSelect(direct, 'direct')
      .addSelect(swapped, 'swapped')
      .addSelect(sameBirth, 'same_birth')
      .addSelect(samePhone, 'same_phone')
      .addSelect(sameEmail, 'same_email')
      .addSelect(score, 'score')
      .andWhere('c.merged_into_id IS NULL')
      .andWhere(`(${byName} OR ${byBirth} OR ${samePhone} OR ${sameEmail})`)
      .setParameters({ first, last, dateOfBirth: input.dateOfBirth, phone, email, similar: SIMILAR_NAME, similarWithBirth: SIMILAR_NAME_WITH_BIRTH_DATE })
      .orderBy('score', 'DESC')
      .addOrderBy('c.id', 'ASC')
      .limit(DUPLICATE_CANDIDATES_MAX)
      .getRawAndEntities();

    const detailed = await Promise.all(entities.map((client) => this.visibility.mayDetail(client.id)));
    const candidates = entities.map((client, i) => ({
      client: detailed[i] ? ClientModel.from(client) : ClientModel.summary(client),
      score: Math.round(Number(raw[i].score) * 100) / 100, reasons: reasonsOf(raw[i]),
    }));
    this.audit.recordRead(...candidates.map(({ client }) => ({ action: AuditAction.READ, entityType: 'ClientDuplicate', entityId: client.id, clientId: client.id })));
    return candidates;
  }
}

function reasonsOf(row: { direct: number; swapped: number; same_birth: boolean; same_phone: boolean; same_email: boolean }): DuplicateReason[] {
  const direct = Number(row.direct);
  const swapped = Number(row.swapped);
  return [
    ...(direct >= SIMILAR_NAME && direct >= swapped ? [DuplicateReason.SIMILAR_NAME] : []),
    ...(swapped >= SIMILAR_NAME && swapped > direct ? [DuplicateReason.SWAPPED_NAME] : []),
    ...(row.same_birth ? [DuplicateReason.SAME_DATE_OF_BIRTH] : []),
    ...(row.same_phone ? [DuplicateReason.SAME_PHONE] : []),
    ...(row.same_email ? [DuplicateReason.SAME_EMAIL] : []),
  ];
}

import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { AuditTrail } from '@waymark/api/audit';
import { BadInputError, NotFoundError, RequestContext } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AgencyService } from '@waymark/api/identity';
import { AuditAction, calendarDay, ConsentRecipientKind, ErrorReason, TimelineKind } from '@waymark/shared/types';
import { ClientAccess } from '../access/client-access.service';
import { ClientContactService } from '../network/client-contact.service';
import { createdChanges } from '../shared/field-changes';
import { timelineLine } from '../timeline/timeline-lines';
import { TimelineService } from '../timeline/timeline.service';
import { ConsentCheck, type ConsentRecipient } from './consent-check.service';
import { ConsentDecisionModel } from './consent-decision.model';
import { ConsentEntity } from './consent.entity';
import { ConsentModel } from './consent.model';
import type { ConsentDecisionArgs } from './dto/consent-decision.args';
import type { RecordConsentInput } from './dto/record-consent.input';
import type { RevokeConsentInput } from './dto/revoke-consent.input';

const ENTITY = 'Consent';

type Recipient = Pick<ConsentEntity, 'recipientName' | 'recipientContactId' | 'recipientAgencyId'>;

/** What a worker records from the signed form; a consent is never edited after. */
const FIELDS = [
  'categories',
  'recipientKind',
  'recipientName',
  'recipientContactId',
  'recipientAgencyId',
  'purpose',
  'effectiveFrom',
  'effectiveUntil',
  'signatureMethod',
  'signedOn',
  'documentReference',
] as const satisfies readonly (keyof ConsentEntity)[];

/** A client's releases of information: recorded as signed, revoked when withdrawn, never edited. */
@Injectable()
export class ConsentService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly access: ClientAccess,
    private readonly audit: AuditTrail,
    private readonly timeline: TimelineService,
    private readonly contacts: ClientContactService,
    private readonly agencies: AgencyService,
    private readonly check: ConsentCheck,
    private readonly context: RequestContext,
  ) {}

  private get consents() {
    return this.tenant.repository(ConsentEntity);
  }

  /** Newest first by the day they take effect. */
  async list(clientId: string): Promise<ConsentModel[]> {
    await this.access.require(clientId, 'read');
    const rows = await this.consents
      .createQueryBuilder('c')
      .andWhere('c.clientId = :clientId', { clientId })
      .orderBy('c.effectiveFrom', 'DESC')
      .addOrderBy('c.createdAt', 'DESC')
      .getMany();
    this.audit.recordRead({ action: AuditAction.READ, entityType: ENTITY, clientId });
    const today = calendarDay(new Date());
    return rows.map((row) => ConsentModel.from(row, today));
  }

  async decide({ clientId, category, recipientAgencyId, recipientContactId, recipientName, at }: ConsentDecisionArgs): Promise<ConsentDecisionModel> {
    const given = [
      recipientAgencyId && { agencyId: recipientAgencyId },
      recipientContactId && { contactId: recipientContactId },
      recipientName && { name: recipientName },
    ].filter((recipient): recipient is ConsentRecipient => !!recipient);
    if (given.length !== 1) {
      throw new BadInputError('Name exactly one recipient: an agency, a contact or a name.', [
        { field: 'recipientAgencyId', message: 'exactly one of recipientAgencyId, recipientContactId, recipientName' },
      ]);
    }
    await this.access.require(clientId, 'read');
    const decision = await this.check.mayShare({ clientId, category, recipient: given[0], at: at ?? undefined });
    this.audit.recordRead({ action: AuditAction.READ, entityType: ENTITY, entityId: decision.consentId ?? undefined, clientId });
    return decision;
  }

  @Transactional()
  async record(input: RecordConsentInput): Promise<ConsentModel> {
    const { clientId } = input;
    await this.access.require(clientId, 'write');
    if (input.effectiveUntil && input.effectiveUntil < input.effectiveFrom) {
      throw new BadInputError('The consent cannot end before it begins.', [{ field: 'effectiveUntil', message: 'before effectiveFrom' }]);
    }
    if (input.signedOn > calendarDay(new Date())) {
      throw new BadInputError('A consent cannot be signed in the future.', [{ field: 'signedOn', message: 'in the future' }]);
    }
    const recipient = await this.recipient(input);
    const consent = await this.consents.save(
      this.consents.create({
        clientId,
        categories: input.categories,
        recipientKind: input.recipientKind,
        ...recipient,
        purpose: input.purpose,
        effectiveFrom: input.effectiveFrom,
        effectiveUntil: input.effectiveUntil ?? null,
        signatureMethod: input.signatureMethod,
        signedOn: input.signedOn,
        documentReference: input.documentReference ?? null,
        revokedAt: null,
        revokedReason: null,
        revokedBy: null,
        createdBy: this.context.requirePrincipal().id,
      }),
    );
    await this.timeline.add({
      clientId,
      occurredAt: consent.createdAt,
      kind: TimelineKind.CONSENT,
      sourceType: ENTITY,
      sourceId: consent.id,
      summary: timelineLine.consentRecorded(consent.recipientKind),
    });
    await this.audit.record({
      action: AuditAction.CREATE,
      entityType: ENTITY,
      entityId: consent.id,
      clientId,
      changes: createdChanges(consent, FIELDS),
    });
    return ConsentModel.from(consent);
  }

  @Transactional()
  async revoke({ consentId, version, reason }: RevokeConsentInput): Promise<ConsentModel> {
    const before = await this.consents.findOneBy({ id: consentId });
    if (!before) throw new NotFoundError('Consent');
    await this.access.require(before.clientId, 'write');
    if (before.revokedAt) {
      throw new BadInputError('This consent is already revoked.', [{ field: 'consentId', message: 'already revoked' }], ErrorReason.ILLEGAL_TRANSITION);
    }
    const revokedAt = new Date();
    const consent = await this.consents.updateVersioned(
      consentId,
      version,
      { revokedAt, revokedReason: reason, revokedBy: this.context.requirePrincipal().id },
      'Consent',
    );
    await this.timeline.add({
      clientId: consent.clientId,
      occurredAt: revokedAt,
      kind: TimelineKind.CONSENT,
      sourceType: ENTITY,
      sourceId: consent.id,
      summary: timelineLine.consentRevoked(consent.recipientKind),
    });
    await this.audit.record({
      action: AuditAction.UPDATE,
      entityType: ENTITY,
      entityId: consent.id,
      clientId: consent.clientId,
      changes: { revokedAt: { from: null, to: revokedAt.toISOString() }, revokedReason: { from: null, to: reason } },
    });
    return ConsentModel.from(consent);
  }

  /** Who receives the data, checked against the kind of recipient; a field of another kind is refused, not ignored. */
  private async recipient(input: RecordConsentInput): Promise<Recipient> {
    const { recipientKind: kind, recipientContactId: contactId, recipientAgencyId: agencyId, recipientName: name } = input;
    const refuse = (field: string, message: string) => new BadInputError(`${field} ${message}.`, [{ field, message }]);
    const notFor = (field: string) => refuse(field, `does not apply to a ${kind} recipient`);
    switch (kind) {
      case ConsentRecipientKind.PERSON: {
        if (agencyId) throw notFor('recipientAgencyId');
        if (contactId) {
          if (name) throw refuse('recipientName', 'comes from the contact');
          const contact = await this.contacts.requireOfClient(input.clientId, contactId);
          return { recipientName: contact.name, recipientContactId: contact.id, recipientAgencyId: null };
        }
        if (!name) throw refuse('recipientName', 'is needed without a recipientContactId');
        return { recipientName: name, recipientContactId: null, recipientAgencyId: null };
      }
      case ConsentRecipientKind.ORGANIZATION:
        if (agencyId) throw notFor('recipientAgencyId');
        if (contactId) throw notFor('recipientContactId');
        if (!name) throw refuse('recipientName', 'is needed');
        return { recipientName: name, recipientContactId: null, recipientAgencyId: null };
      case ConsentRecipientKind.AGENCY: {
        if (contactId) throw notFor('recipientContactId');
        if (name) throw refuse('recipientName', 'comes from the agency');
        if (!agencyId) throw refuse('recipientAgencyId', 'is needed');
        if (agencyId === this.context.agencyId) throw refuse('recipientAgencyId', 'is your own agency, which needs no release');
        const agencyName = await this.agencies.nameOf(agencyId);
        if (!agencyName) throw new NotFoundError('Agency');
        return { recipientName: agencyName, recipientContactId: null, recipientAgencyId: agencyId };
      }
    }
  }
}

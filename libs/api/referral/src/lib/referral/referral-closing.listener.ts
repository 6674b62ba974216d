import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { ClientEvent, type ClosingListenerResult, type EnrollmentClosingEvent } from '@waymark/api/client';
import { TenantScope } from '@waymark/api/database';
import { ClosureBlockerKind, OPEN_REFERRAL_STATUSES, referralLabel } from '@waymark/shared/types';
import { In } from 'typeorm';
import { ReferralEntity } from './referral.entity';

/** The referral context's answer when an enrollment is about to close: its referrals still open (OPEN_REFERRAL_STATUSES) stand in the way. */
@Injectable()
export class ReferralClosingListener {
  constructor(private readonly tenant: TenantScope) {}

  @OnEvent(ClientEvent.ENROLLMENT_CLOSING, { suppressErrors: false })
  async blockers({ enrollment }: EnrollmentClosingEvent): Promise<ClosingListenerResult> {
    const open = await this.tenant
      .repository(ReferralEntity)
      .find({ where: { enrollmentId: enrollment.id, status: In([...OPEN_REFERRAL_STATUSES]) }, order: { createdAt: 'ASC', id: 'ASC' } });
    return open.map((referral) => ({
      kind: ClosureBlockerKind.OPEN_REFERRAL,
      id: referral.id,
      description: `Referral to ${referralLabel(referral)} is still open (${referral.status.toLowerCase().replace('_', ' ')}): cancel it or record how it ended`,
    }));
  }
}

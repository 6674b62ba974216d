import { Injectable } from '@nestjs/common';
import { StaffLoader } from '@waymark/api/client';
import { requestLoader } from '@waymark/api/common';
import { AgencyService } from '@waymark/api/identity';
import { ClsService } from 'nestjs-cls';
import { ReceivedReferrals } from './received-referrals';
import type { ReferralStepEntity } from './referral-step.entity';
import { ReferralStepModel } from './referral-step.model';

const STEPS = Symbol('referral.steps');
const AGENCY_NAMES = Symbol('referral.agencyNames');

/** A page's referral histories in one query, with who took each step and for which agency (both sides read the same history). */
@Injectable()
export class ReferralStepsLoader {
  constructor(
    private readonly received: ReceivedReferrals,
    private readonly staff: StaffLoader,
    private readonly agencies: AgencyService,
    private readonly cls: ClsService,
  ) {}

  /** The history of a referral the caller was already allowed to see. */
  async load(referral: { id: string; agencyId: string }): Promise<ReferralStepModel[]> {
    const steps = await requestLoader<{ id: string; agencyId: string }, ReferralStepEntity[], string>(this.cls, STEPS, (keys) => this.received.steps(keys), {
      cacheKeyFn: (key) => key.id,
    }).load(referral);
    return Promise.all(
      steps.map(async (step) =>
        ReferralStepModel.from(step, {
          actorName: (await this.staff.load(step.actorId))?.displayName ?? null,
          actorAgencyName: await this.agencyName(step.actorAgencyId),
        }),
      ),
    );
  }

  /** Any agency's name (the other side of a referral), batched per request. */
  agencyName(id: string | null): Promise<string | null> {
    if (!id) return Promise.resolve(null);
    return requestLoader<string, string | null>(this.cls, AGENCY_NAMES, (ids) => Promise.all(ids.map((agencyId) => this.agencies.nameOf(agencyId)))).load(id);
  }
}

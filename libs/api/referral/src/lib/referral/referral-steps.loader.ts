import { Injectable } from '@nestjs/common';
import { requestLoader } from '@waymark/api/common';
import { AgencyService, type StaffSummary, UserService } from '@waymark/api/identity';
import { ClsService } from 'nestjs-cls';
import { ReceivedReferrals } from './received-referrals';
import type { ReferralStepEntity } from './referral-step.entity';
import { ReferralStepModel } from './referral-step.model';
import type { ReferralModel } from './referral.model';
import { SenderScope } from './sender-scope';

const STEPS = Symbol('referral.steps');
const AGENCY_NAMES = Symbol('referral.agencyNames');
const STAFF = Symbol('referral.staff');

/** A referral as the caller was allowed to see it: whose it is, and whether its words are shared with the caller. */
type SeenReferral = Pick<ReferralModel, 'id' | 'agencyId' | 'shared'>;

/**
 * A page's referral histories in one query, with who took each step and for which agency:
 * both sides read the same history, so a step's actor is named in the actor's own agency, a
 * query per agency on the page rather than per step; the agencies' names in one query.
 */
@Injectable()
export class ReferralStepsLoader {
  constructor(
    private readonly received: ReceivedReferrals,
    private readonly users: UserService,
    private readonly agencies: AgencyService,
    private readonly scope: SenderScope,
    private readonly cls: ClsService,
  ) {}

  /** The history of a referral the caller was already allowed to see. */
  load(referral: SeenReferral): Promise<ReferralStepModel[]> {
    return requestLoader<SeenReferral, ReferralStepModel[], string>(this.cls, STEPS, async (keys) => this.named(await this.received.steps(keys), keys), {
      cacheKeyFn: (key) => key.id,
    }).load(referral);
  }

  /** Any agency's name (the other side of a referral), the page's in one query. */
  agencyName(id: string | null): Promise<string | null> {
    if (!id) return Promise.resolve(null);
    return requestLoader<string, string | null>(this.cls, AGENCY_NAMES, (ids) => this.agencies.namesOf(ids)).load(id);
  }

  /**
   * A user of either agency of a referral (a step's actor, its sender), batched per request:
   * users are read agency by agency, in that agency's scope.
   */
  staff(agencyId: string | null, userId: string | null): Promise<StaffSummary | null> {
    if (!agencyId || !userId) return Promise.resolve(null);
    return requestLoader<{ agencyId: string; userId: string }, StaffSummary | null, string>(
      this.cls,
      STAFF,
      async (keys) => {
        const found = new Map<string, StaffSummary>();
        for (const agencyId of new Set(keys.map((key) => key.agencyId))) {
          const ids = keys.filter((key) => key.agencyId === agencyId).map((key) => key.userId);
          for (const user of await this.scope.run(agencyId, () => this.users.summaries(ids))) found.set(user.id, user);
        }
        return keys.map((key) => found.get(key.userId) ?? null);
      },
      { cacheKeyFn: (key) => `${key.agencyId}:${key.userId}` },
    ).load({ agencyId, userId });
  }

  private named(histories: ReferralStepEntity[][], referrals: readonly SeenReferral[]): Promise<ReferralStepModel[][]> {
    return Promise.all(
      histories.map((steps, i) =>
        Promise.all(
          steps.map(async (step) =>
            ReferralStepModel.from(step, {
              actorName: (await this.staff(step.actorAgencyId, step.actorId))?.displayName ?? null,
              actorAgencyName: await this.agencyName(step.actorAgencyId),
            }, referrals[i].shared),
          ),
        ),
      ),
    );
  }
}

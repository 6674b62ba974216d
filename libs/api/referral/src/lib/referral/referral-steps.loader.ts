import { Injectable } from '@nestjs/common';
import { requestLoader } from '@waymark/api/common';
import { AgencyService, UserService } from '@waymark/api/identity';
import { ClsService } from 'nestjs-cls';
import { ReceivedReferrals } from './received-referrals';
import type { ReferralStepEntity } from './referral-step.entity';
import { ReferralStepModel } from './referral-step.model';
import { SenderScope } from './sender-scope';

const STEPS = Symbol('referral.steps');
const AGENCY_NAMES = Symbol('referral.agencyNames');

/**
 * A page's referral histories in one query, with who took each step and for which agency:
 * both sides read the same history, so a step's actor is named in the actor's own agency
 * (users are read agency by agency), a query per agency on the page rather than per step.
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
  load(referral: { id: string; agencyId: string }): Promise<ReferralStepModel[]> {
    return requestLoader<{ id: string; agencyId: string }, ReferralStepModel[], string>(this.cls, STEPS, async (keys) => this.named(await this.received.steps(keys)), {
      cacheKeyFn: (key) => key.id,
    }).load(referral);
  }

  /** Any agency's name (the other side of a referral), batched per request. */
  agencyName(id: string | null): Promise<string | null> {
    if (!id) return Promise.resolve(null);
    return requestLoader<string, string | null>(this.cls, AGENCY_NAMES, (ids) => Promise.all(ids.map((agencyId) => this.agencies.nameOf(agencyId)))).load(id);
  }

  private async named(histories: ReferralStepEntity[][]): Promise<ReferralStepModel[][]> {
    const actorsByAgency = new Map<string, Set<string>>();
    for (const step of histories.flat()) {
      if (step.actorId && step.actorAgencyId) actorsByAgency.set(step.actorAgencyId, (actorsByAgency.get(step.actorAgencyId) ?? new Set()).add(step.actorId));
    }
    const names = new Map<string, string>();
    for (const [agencyId, ids] of actorsByAgency) {
      for (const user of await this.scope.run(agencyId, () => this.users.summaries([...ids]))) names.set(user.id, user.displayName);
    }
    return Promise.all(
      histories.map((steps) =>
        Promise.all(
          steps.map(async (step) =>
            ReferralStepModel.from(step, { actorName: (step.actorId && names.get(step.actorId)) ?? null, actorAgencyName: await this.agencyName(step.actorAgencyId) }),
          ),
        ),
      ),
    );
  }
}

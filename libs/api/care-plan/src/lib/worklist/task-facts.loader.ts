import { Injectable } from '@nestjs/common';
import { EnrollmentFacts } from '@waymark/api/client';
import { requestLoader } from '@waymark/api/common';
import { ReferralFacts } from '@waymark/api/referral';
import { ClsService } from 'nestjs-cls';

const PROGRAM_NAMES = Symbol('worklist.programNames');
const REFERRAL_LABELS = Symbol('worklist.referralLabels');

/**
 * The program a page of tasks belongs to, asked of the client context once per page, and
 * whom its referral follow-ups' referrals went to, asked of the referral context: a generated
 * task's title is made of them, and the SPA writes that title in the reader's language.
 */
@Injectable()
export class TaskFactsLoader {
  constructor(
    private readonly enrollments: EnrollmentFacts,
    private readonly referrals: ReferralFacts,
    private readonly cls: ClsService,
  ) {}

  programName(enrollmentId: string): Promise<string | null> {
    return requestLoader<string, string | null>(this.cls, PROGRAM_NAMES, async (ids) => {
      const found = new Map((await this.enrollments.facts(ids)).map((enrollment) => [enrollment.id, enrollment.programName]));
      return ids.map((id) => found.get(id) ?? null);
    }).load(enrollmentId);
  }

  referralLabel(referralId: string): Promise<string | null> {
    return requestLoader<string, string | null>(this.cls, REFERRAL_LABELS, async (ids) => {
      const found = new Map((await this.referrals.of(ids)).map((referral) => [referral.id, referral.label]));
      return ids.map((id) => found.get(id) ?? null);
    }).load(referralId);
  }
}

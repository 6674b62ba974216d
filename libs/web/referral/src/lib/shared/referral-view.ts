import type { ReferralFieldsFragment, ReferralRowFieldsFragment } from '@waymark/web/core';

/** What a list row shows of a referral (the boards, the client's tab). */
export type ReferralRowView = ReferralRowFieldsFragment;

/** Everything a referral's page shows. */
export type ReferralView = ReferralFieldsFragment;

/** A step on a referral's timeline: who, of which agency, when, from what to what. */
export type ReferralStepView = ReferralFieldsFragment['steps'][number];

/** The client as the reader may see them: the receiver only what the consent in force allows. */
export type ReferredClientView = ReferralFieldsFragment['client'];

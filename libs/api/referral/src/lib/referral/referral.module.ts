import { Module } from '@nestjs/common';

/** Referrals from a client's enrollment to a service, their status machine and step history, for the sender and the receiving agency. */
@Module({})
export class ReferralModule {}

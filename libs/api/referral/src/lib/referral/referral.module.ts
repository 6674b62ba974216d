import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@waymark/api/audit';
import { ClientModule } from '@waymark/api/client';
import { ResourceDirectoryModule } from '@waymark/api/resource-directory';
import { ReceivedReferrals } from './received-referrals';
import { ReferralClosingListener } from './referral-closing.listener';
import { ReferralDocumentOwner } from './referral-document-owner';
import { ReferralMover } from './referral-mover';
import { ReferralSides } from './referral-sides';
import { ReferralStepEntity } from './referral-step.entity';
import { ReferralStepsLoader } from './referral-steps.loader';
import { ReferralWriter } from './referral-writer';
import { ReferralEntity } from './referral.entity';
import { ReferralResolver } from './referral.resolver';
import { ReferralService } from './referral.service';
import { ReferredClients } from './referred-clients';
import { SenderScope } from './sender-scope';

/** Referrals from a client's enrollment to a service, their status machine and step history, for the sender and the receiving agency. */
@Module({
  imports: [TypeOrmModule.forFeature([ReferralEntity, ReferralStepEntity]), ClientModule, AuditModule, ResourceDirectoryModule],
  providers: [
    ReferralMover,
    SenderScope,
    ReceivedReferrals,
    ReferralSides,
    ReferredClients,
    ReferralWriter,
    ReferralService,
    ReferralStepsLoader,
    ReferralResolver,
    ReferralClosingListener,
    ReferralDocumentOwner,
  ],
  exports: [ReferralMover, SenderScope],
})
export class ReferralModule {}

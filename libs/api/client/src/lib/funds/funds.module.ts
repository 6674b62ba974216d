import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/access.module';
import { StaffModule } from '../staff/staff.module';
import { TimelineModule } from '../timeline/timeline.module';
import { FundEntryEntity } from './fund-entry.entity';
import { FundEntryResolver } from './fund-entry.resolver';
import { FundLedger } from './fund-ledger';
import { FundQueryService } from './fund-query.service';
import { FundReceiptEntity } from './fund-receipt.entity';
import { FundReceiptsLoader } from './fund-receipts.loader';
import { FundRequestEntity } from './fund-request.entity';
import { FundRequestService } from './fund-request.service';
import { FundRequestStore } from './fund-request-store';
import { FundResolver } from './fund.resolver';
import { FundSettlementService } from './fund-settlement.service';

/** Client trust funds: the ledger, requests, their approval, payment, receipts and reconciliation. */
@Module({
  imports: [TypeOrmModule.forFeature([FundRequestEntity, FundEntryEntity, FundReceiptEntity]), AccessModule, TimelineModule, StaffModule],
  providers: [FundLedger, FundRequestStore, FundRequestService, FundSettlementService, FundQueryService, FundReceiptsLoader, FundResolver, FundEntryResolver],
})
export class FundsModule {}

import { registerEnumType } from '@nestjs/graphql';
import { FundDepositSource, FundDifferenceResolution, FundEntryKind, FundPaymentMethod, FundRequestStatus } from '@waymark/shared/types';

registerEnumType(FundRequestStatus, { name: 'FundRequestStatus', description: 'REQUESTED → APPROVED | REFUSED | CANCELLED; APPROVED → PAID | CANCELLED (a supervisor withdraws it); PAID → RECONCILED' });
registerEnumType(FundEntryKind, { name: 'FundEntryKind', description: 'A deposit, a disbursement for a request, or a request’s unspent money returned' });
registerEnumType(FundDepositSource, { name: 'FundDepositSource', description: 'Where a deposit came from' });
registerEnumType(FundPaymentMethod, { name: 'FundPaymentMethod', description: 'How a disbursement was paid' });
registerEnumType(FundDifferenceResolution, { name: 'FundDifferenceResolution', description: 'How a difference between the payment and its receipts is settled' });

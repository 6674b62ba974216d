import { registerEnumType } from '@nestjs/graphql';
import { CallerRelation, CallSeverity, OnCallTier } from '@waymark/shared/types';

registerEnumType(OnCallTier, { name: 'OnCallTier', description: 'PRIMARY is called first; BACKUP when the primary cannot be reached' });
registerEnumType(CallSeverity, { name: 'CallSeverity', description: 'How serious an after-hours call was; HIGH makes its follow-up URGENT' });
registerEnumType(CallerRelation, { name: 'CallerRelation', description: 'Who called the on-call line' });

import { Module } from '@nestjs/common';

/** Discharge plans, closure checks, follow-ups after discharge and re-entry. */
@Module({})
export class DischargeModule {}

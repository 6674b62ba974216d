import { Module } from '@nestjs/common';

/** Versioned care plans per enrollment: goals, objectives, interventions, templates, approval, acknowledgement. */
@Module({})
export class CarePlanModule {}

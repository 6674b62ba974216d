import { Module } from '@nestjs/common';

/** Progress entries on goals and objectives, and progress over time per goal. */
@Module({})
export class ProgressModule {}

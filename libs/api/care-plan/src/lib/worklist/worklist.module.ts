import { Module } from '@nestjs/common';

/** The worklist: tasks, the deadlines program rules generate, and overdue escalation on the job queue. */
@Module({})
export class WorklistModule {}

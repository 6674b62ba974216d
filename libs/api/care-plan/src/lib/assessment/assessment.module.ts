import { Module } from '@nestjs/common';

/** Assessments: started, saved as they go, completed, scored, compared, corrected as new versions. */
@Module({})
export class AssessmentModule {}

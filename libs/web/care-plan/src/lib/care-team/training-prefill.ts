import type { TraineeRole, TrainingTopic } from '@waymark/shared/types';

/** What a refresher started from the status matrix fills in: the topic and the person, as last trained. */
export interface TrainingPrefill {
  topic: TrainingTopic;
  trainee: { name: string; role: TraineeRole; contactId: string | null };
}

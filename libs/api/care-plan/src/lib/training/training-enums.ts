import { registerEnumType } from '@nestjs/graphql';
import { TraineeRole, TrainingStanding, TrainingTopic } from '@waymark/shared/types';

registerEnumType(TrainingTopic, { name: 'TrainingTopic', description: "Which of the client's needs a care-team training covered" });
registerEnumType(TraineeRole, { name: 'TraineeRole', description: 'Who a trained person is to the client' });
registerEnumType(TrainingStanding, { name: 'TrainingStanding', description: "Where one person's training on one topic stands today" });

import { registerEnumType } from '@nestjs/graphql';
import { DeadlineGroup } from '@waymark/shared/types';

registerEnumType(DeadlineGroup, { name: 'DeadlineGroup', description: 'The deadlines the deadline report groups: assessments, plans and visits' });

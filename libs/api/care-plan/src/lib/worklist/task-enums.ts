import { registerEnumType } from '@nestjs/graphql';
import { TaskKind, TaskPriority, TaskStatus, TaskSubject, TaskTiming } from '@waymark/shared/types';

registerEnumType(TaskKind, { name: 'TaskKind', description: 'What a task is for; every kind but MANUAL is generated from program rules' });
registerEnumType(TaskStatus, { name: 'TaskStatus' });
registerEnumType(TaskPriority, { name: 'TaskPriority' });
registerEnumType(TaskSubject, { name: 'TaskSubject', description: 'The record a task concerns, besides its client' });
registerEnumType(TaskTiming, { name: 'TaskTiming', description: 'Where an open task stands against today' });

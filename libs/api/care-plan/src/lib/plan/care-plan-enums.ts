import { registerEnumType } from '@nestjs/graphql';
import { AcknowledgementMethod, CarePlanStatus, GoalPriority, GoalStatus, InterventionResponsible, PlanChange } from '@waymark/shared/types';

registerEnumType(CarePlanStatus, {
  name: 'CarePlanStatus',
  description: 'DRAFT (editable) → PENDING_APPROVAL → ACTIVE → SUPERSEDED by an approved revision, or CLOSED',
});
registerEnumType(GoalPriority, { name: 'GoalPriority' });
registerEnumType(GoalStatus, { name: 'GoalStatus' });
registerEnumType(InterventionResponsible, { name: 'InterventionResponsible', description: 'Who carries out an intervention' });
registerEnumType(AcknowledgementMethod, { name: 'AcknowledgementMethod', description: 'How the client acknowledged their plan' });
registerEnumType(PlanChange, { name: 'PlanChange', description: 'How a goal, objective or intervention changed between two plan versions' });

export { AcknowledgementMethod, CarePlanStatus, GoalPriority, GoalStatus, InterventionResponsible, PlanChange };

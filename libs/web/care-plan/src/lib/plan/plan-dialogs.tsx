import type { CarePlanFieldsFragment } from '@waymark/web/core';
import { AcknowledgeDialog } from './acknowledge-dialog';
import { GoalDialog } from './goal-dialog';
import { InterventionDialog } from './intervention-dialog';
import { NeedsGoalsDialog } from './needs-goals-dialog';
import type { SourceAssessment } from './needs-picker';
import { ObjectiveDialog } from './objective-dialog';
import type { PlanAct } from './plan-card';
import { PlanDetailsDialog } from './plan-details-dialog';
import { PlanNoteDialog } from './plan-note-dialog';
import { PlanStepDialog } from './plan-step-dialog';
import { RemovePartDialog } from './remove-part-dialog';

/** The dialog for what the person chose to do with a plan (progress has its own, in the progress area). */
export function PlanDialogs({
  plan,
  act,
  clientName,
  assessments,
  onClose,
  onDone,
  onReload,
}: {
  plan: CarePlanFieldsFragment;
  act: Exclude<PlanAct, { kind: 'recordProgress' }>;
  clientName: string;
  assessments: SourceAssessment[];
  onClose: () => void;
  /** After a step that removes the button it was opened from (submit, approve, remove…) */
  onDone: () => void;
  onReload: () => void;
}) {
  const common = { plan, onClose, onReload };
  switch (act.kind) {
    case 'details':
      return <PlanDetailsDialog {...common} />;
    case 'addGoal':
      return <GoalDialog {...common} goal={null} />;
    case 'editGoal':
      return <GoalDialog {...common} goal={act.goal} />;
    case 'needs':
      return <NeedsGoalsDialog {...common} assessments={assessments} />;
    case 'addObjective':
      return <ObjectiveDialog {...common} goal={act.goal} objective={null} />;
    case 'editObjective':
      return <ObjectiveDialog {...common} goal={act.goal} objective={act.objective} />;
    case 'addIntervention':
      return <InterventionDialog {...common} goal={act.goal} intervention={null} />;
    case 'editIntervention':
      return <InterventionDialog {...common} goal={act.goal} intervention={act.intervention} />;
    case 'removeGoal':
      return <RemovePartDialog {...common} part={{ kind: 'goal', id: act.goal.id, text: act.goal.statement }} onDone={onDone} />;
    case 'removeObjective':
      return <RemovePartDialog {...common} part={{ kind: 'objective', id: act.objective.id, text: act.objective.description }} onDone={onDone} />;
    case 'removeIntervention':
      return <RemovePartDialog {...common} part={{ kind: 'intervention', id: act.intervention.id, text: act.intervention.description }} onDone={onDone} />;
    case 'submit':
    case 'approve':
    case 'revise':
      return <PlanStepDialog {...common} step={act.kind} onDone={onDone} />;
    case 'returnPlan':
    case 'close':
      return <PlanNoteDialog {...common} step={act.kind} onDone={onDone} />;
    case 'acknowledge':
      return <AcknowledgeDialog {...common} clientName={clientName} onDone={onDone} />;
  }
}

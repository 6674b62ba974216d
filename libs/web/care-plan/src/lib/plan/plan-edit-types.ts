/** The plan a dialog changes: every change names the plan and the version it was made on. */
export interface EditedPlan {
  id: string;
  version: number;
  effectiveOn: string;
}

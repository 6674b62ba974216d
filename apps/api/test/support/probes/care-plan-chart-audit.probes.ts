/** One unauthenticated call per operation of chart audits, for the policy spec. */
const ID = '00000000-0000-0000-0000-000000000000';
const REVIEW = '{ audit { id } }';

export const probes: Record<string, string> = {
  chartAuditChecklist: '{ chartAuditChecklist { id } }',
  addChartAuditChecklistItem: 'mutation { addChartAuditChecklistItem(input: { key: "k", labelEn: "l", labelEs: "l" }) { id } }',
  updateChartAuditChecklistItem: `mutation { updateChartAuditChecklistItem(input: { itemId: "${ID}", version: 1, active: false }) { id } }`,
  chartAudits: '{ chartAudits { edges { cursor } } }',
  chartAudit: `{ chartAudit(id: "${ID}") ${REVIEW} }`,
  startChartAudit: `mutation { startChartAudit(input: { quarter: "2026-Q4", sampleSize: 1 }) ${REVIEW} }`,
  answerChartAuditItem: `mutation { answerChartAuditItem(input: { answerId: "${ID}", version: 1, result: PASS }) ${REVIEW} }`,
  recordChartAuditFindings: `mutation { recordChartAuditFindings(input: { chartId: "${ID}", version: 1, findings: "f" }) ${REVIEW} }`,
  assignCorrectiveAction: `mutation { assignCorrectiveAction(input: { chartId: "${ID}", what: "w", dueOn: "2030-01-01" }) ${REVIEW} }`,
  completeChartAudit: `mutation { completeChartAudit(input: { chartAuditId: "${ID}", version: 1 }) ${REVIEW} }`,
};

import { ChartAuditResult, complianceRate } from '@waymark/shared/types';
import type { ChecklistItemEntry } from './chart-audit.entity';
import type { ComplianceModel, ItemComplianceModel, WorkerComplianceModel } from './chart-audit.model';

interface Tally {
  pass: number;
  fail: number;
  notApplicable: number;
}

const tally = (results: (ChartAuditResult | null)[]): Tally => ({
  pass: results.filter((r) => r === ChartAuditResult.PASS).length,
  fail: results.filter((r) => r === ChartAuditResult.FAIL).length,
  notApplicable: results.filter((r) => r === ChartAuditResult.NOT_APPLICABLE).length,
});

/** Compliance of an audit's answers so far: per item, per chart worker, and overall, each as PASS of PASS + FAIL. */
export function compliance(items: readonly ChecklistItemEntry[], charts: readonly { workerId: string | null; answers: readonly { itemKey: string; result: ChartAuditResult | null }[] }[]): ComplianceModel {
  const all = charts.flatMap((chart) => chart.answers);
  const byItem: ItemComplianceModel[] = items.map((item) => {
    const t = tally(all.filter((a) => a.itemKey === item.key).map((a) => a.result));
    return { key: item.key, ...t, rate: complianceRate(t.pass, t.fail) };
  });
  const workers = [...new Set(charts.map((c) => c.workerId))];
  const byWorker: WorkerComplianceModel[] = workers.map((workerId) => {
    const theirs = charts.filter((c) => c.workerId === workerId);
    const t = tally(theirs.flatMap((c) => c.answers.map((a) => a.result)));
    return { workerId, charts: theirs.length, pass: t.pass, fail: t.fail, rate: complianceRate(t.pass, t.fail) };
  });
  const total = tally(all.map((a) => a.result));
  return { rate: complianceRate(total.pass, total.fail), items: byItem, workers: byWorker };
}

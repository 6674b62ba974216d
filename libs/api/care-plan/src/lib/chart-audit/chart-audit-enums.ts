import { registerEnumType } from '@nestjs/graphql';
import { ChartAuditCheck, ChartAuditResult, ChartAuditSampleRule, ChartAuditStatus } from '@waymark/shared/types';

registerEnumType(ChartAuditCheck, { name: 'ChartAuditCheck', description: 'A checklist item the system answers itself from the chart, with evidence' });
registerEnumType(ChartAuditResult, { name: 'ChartAuditResult', description: 'How a chart stands on a checklist item' });
registerEnumType(ChartAuditSampleRule, { name: 'ChartAuditSampleRule', description: 'Which charts a sample is drawn from besides all charts of the quarter' });
registerEnumType(ChartAuditStatus, { name: 'ChartAuditStatus', description: 'IN_PROGRESS until every item of every chart is answered and the audit is completed' });

export { ChartAuditCheck, ChartAuditResult, ChartAuditSampleRule, ChartAuditStatus };

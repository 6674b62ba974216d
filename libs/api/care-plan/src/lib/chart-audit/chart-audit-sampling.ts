import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ChartFacts, type SampledChart } from '@waymark/api/client';
import { BadInputError, Clock } from '@waymark/api/common';
import { ChartAuditResult, quarterDays } from '@waymark/shared/types';
import type { ChecklistItemEntry } from './chart-audit.entity';
import { ChartAuditFacts } from './chart-audit-facts';
import { CHART_CHECKS, type CheckOutcome } from './checks';
import type { StartChartAuditInput } from './dto/start-chart-audit.input';

/** A sampled chart with the system's answer to each automatic item, by item key. */
export interface PrefilledChart extends SampledChart {
  outcomes: Map<string, CheckOutcome>;
}

/**
 * Draws an audit's sample and pre-fills its automatic items. Charts are the enrollments in
 * service at some point of the quarter; they are judged as of the quarter's last day, or today
 * while it runs. The seed orders the candidates, so the same seed over the same charts draws the
 * same sample; the sample itself is stored with the audit.
 */
@Injectable()
export class ChartAuditSampling {
  constructor(
    private readonly chartFacts: ChartFacts,
    private readonly facts: ChartAuditFacts,
    private readonly clock: Clock,
  ) {}

  async draw(input: StartChartAuditInput, items: readonly ChecklistItemEntry[]): Promise<{ seed: string; charts: PrefilledChart[] }> {
    const quarter = quarterDays(input.quarter);
    if (!quarter) throw new BadInputError('quarter must be a quarter such as 2026-Q4', [{ field: 'quarter', message: 'not a quarter' }]);
    const today = this.clock.today();
    if (quarter.from > today) throw new BadInputError('That quarter has not begun; audit a quarter that has.', [{ field: 'quarter', message: 'in the future' }]);
    const asOf = quarter.to < today ? quarter.to : today;
    const seed = input.seed ?? randomUUID();
    const sampled = await this.chartFacts.sample({
      from: quarter.from,
      to: quarter.to,
      programId: input.programId ?? null,
      workerId: input.workerId ?? null,
      rule: input.rule ?? null,
      seed,
      size: input.sampleSize,
    });
    if (!sampled.length) throw new BadInputError('No chart of that quarter matches; widen the program, worker or rule.', [{ field: 'quarter', message: 'no charts match' }]);
    const evidence = await this.facts.of(sampled, { from: quarter.from, asOf, now: this.clock.now() });
    const charts = sampled.map((chart) => {
      const known = evidence.get(chart.enrollmentId);
      const outcomes = new Map<string, CheckOutcome>();
      for (const item of items) {
        if (item.check && known) outcomes.set(item.key, CHART_CHECKS[item.check](known, item.days));
      }
      return { ...chart, outcomes };
    });
    return { seed, charts };
  }
}

/** How many of a pre-filled chart's answers failed: what its trail entry says. */
export const failedCount = (chart: PrefilledChart): number => [...chart.outcomes.values()].filter((o) => o.result === ChartAuditResult.FAIL).length;

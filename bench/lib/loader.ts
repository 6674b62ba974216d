import autocannon from 'autocannon';
import { graphqlError, statementsOf } from './http';
import type { LoadResult, LoadSpec } from './load-types';
import { percentile, round } from './percentiles';

/**
 * The load generator's process (pinned apart from the process under test): runs autocannon for
 * each spec the parent sends and answers its figures. Requests rotate through the spec's list;
 * latencies are kept whole so p95 is exact (autocannon's summary has no p95).
 */
function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const latencies: number[] = [];
  const errors = { non2xx: 0, graphql: 0 };
  let errorSample: string | null = null;
  let statements: { min: number; max: number } | null = null;
  let next = 0;
  let startedAt = 0;
  let lastAnswerAt = 0;

  const noteError = (sample: string) => {
    errorSample ??= sample.slice(0, 300);
  };
  const amount = spec.once ? spec.requests.length : undefined;
  const options: autocannon.Options = {
    url: spec.origin,
    connections: Math.min(spec.connections, amount ?? spec.connections),
    duration: spec.seconds,
    amount,
    timeout: spec.timeoutSeconds,
    requests: [
      {
        setupRequest: (request) => ({ ...request, method: 'POST', ...spec.requests[next++ % spec.requests.length] }),
        onResponse: (status, body, _context, headers) => {
          lastAnswerAt = performance.now();
          const count = statementsOf(headers?.['x-sql-statements']);
          if (count != null) statements = { min: Math.min(count, statements?.min ?? count), max: Math.max(count, statements?.max ?? count) };
          if (status < 200 || status > 299) {
            errors.non2xx++;
            noteError(`HTTP ${status}: ${body}`);
            return;
          }
          const message = graphqlError(body);
          if (message) {
            errors.graphql++;
            noteError(message);
          }
        },
      },
    ],
  };

  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result: autocannon.Result) => {
      clearTimeout(timer);
      if (error) return reject(error);
      // A pool used up ends the run at its last answer; otherwise it lasted its time, answers or not.
      const usedUp = spec.once && next >= spec.requests.length;
      const seconds = usedUp ? Math.min(Math.max(lastAnswerAt - startedAt, 1) / 1000, spec.seconds) : spec.seconds;
      const sorted = Float64Array.from(latencies).sort();
      const graphqlOk = result['2xx'] - errors.graphql;
      resolve({
        seconds: round(seconds, 2),
        responses: latencies.length,
        requestsPerSecond: round(graphqlOk / seconds),
        latencyMs: { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)), max: round(percentile(sorted, 100)) },
        errors: {
          total: errors.non2xx + errors.graphql + result.errors,
          non2xx: errors.non2xx,
          graphql: errors.graphql,
          timeouts: result.timeouts,
          connection: result.errors - result.timeouts,
        },
        errorSample,
        statements,
        endedEarly: usedUp && seconds < spec.seconds * 0.95,
      });
    });
    instance.on('start', () => (startedAt = performance.now()));
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
    instance.on('reqError', (error: Error) => noteError(error.message));
    // With a pool (amount set), autocannon ignores the duration: the run still ends on time.
    const timer = spec.once ? setTimeout(() => instance.stop(), spec.seconds * 1000) : undefined;
  });
}

process.on('message', (spec: LoadSpec) => {
  runLoad(spec).then(
    (result) => process.send?.({ result }),
    (error: Error) => process.send?.({ error: error.message }),
  );
});
process.on('disconnect', () => process.exit(0));
// The parent sends nothing before this: a message that arrives with no listener is lost.
process.send?.({ ready: true });

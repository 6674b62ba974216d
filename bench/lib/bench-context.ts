import type { Fixtures } from './fixtures';
import type { LoadGenerator } from './load-generator';
import type { BenchOptions } from './options';
import type { Server } from './servers';

/** What the measuring steps share: the running servers, the load generator and the fixtures. */
export interface BenchContext {
  options: BenchOptions;
  load: LoadGenerator;
  api: Server;
  /** The baseline server, or why it is not there. */
  baseline: Server | string;
  fixtures: Fixtures;
}

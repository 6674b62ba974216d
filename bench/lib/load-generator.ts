import type { ChildProcess } from 'node:child_process';
import { endChild, spawnEntry } from './child-process';
import type { LoadResult, LoadSpec } from './load-types';
import type { Pinning } from './pinning';

type Answer = { result: LoadResult } | { error: string };

/** The parent's handle on the load generator's process (bench/lib/loader.ts), one for the whole bench. */
export class LoadGenerator {
  private constructor(private readonly child: ChildProcess) {}

  /** Starts the process and waits until it listens for runs. */
  static start(pinning: Pinning, cpu: number): Promise<LoadGenerator> {
    const child = spawnEntry('bench/lib/loader.ts', {}, ['ignore', 'inherit', 'inherit', 'ipc']);
    if (child.pid) pinning.pin(child.pid, cpu);
    return new Promise((resolve, reject) => {
      child.once('exit', () => reject(new Error('bench: the load generator exited at start')));
      child.once('message', () => resolve(new LoadGenerator(child)));
    });
  }

  run(spec: LoadSpec): Promise<LoadResult> {
    return new Promise((resolve, reject) => {
      const onExit = () => reject(new Error('bench: the load generator exited'));
      this.child.once('exit', onExit);
      this.child.once('message', (answer: Answer) => {
        this.child.off('exit', onExit);
        if ('error' in answer) reject(new Error(`bench: load generator: ${answer.error}`));
        else resolve(answer.result);
      });
      this.child.send(spec);
    });
  }

  stop(): Promise<void> {
    return endChild(this.child);
  }
}

import { MultiBar, Presets, type SingleBar } from 'cli-progress';

/** How the seed tells how far it has got. */
export interface SeedProgress {
  /** A line to keep: what a step made, or that it was there already. */
  log(line: string): void;
  /** How far a long step has got: a bar on a terminal, otherwise `line` as a line of its own. */
  tick(step: string, done: number, total: number, line: string): void;
  /** Takes the bar off the screen (the lines logged stay). */
  stop(): void;
}

/** Plain lines, one per step and per chunk: what a log file or a test reads. */
export function lineProgress(log: (line: string) => void): SeedProgress {
  return { log, tick: (_step, _done, _total, line) => log(line), stop: () => undefined };
}

/** A bar per step on a terminal, with the lines worth keeping printed above it. */
export function barProgress(): SeedProgress {
  const bars = new MultiBar(
    { format: '{step} [{bar}] {value}/{total} | {duration_formatted}', hideCursor: true, clearOnComplete: false, stopOnComplete: false, etaBuffer: 20 },
    Presets.shades_classic,
  );
  let bar: SingleBar | null = null;
  let current = '';
  return {
    log: (line) => bars.log(`${line}\n`),
    tick: (step, done, total) => {
      if (!bar || step !== current) {
        bar?.stop();
        bar = bars.create(total, done, { step });
        current = step;
      } else {
        bar.setTotal(total);
        bar.update(done, { step });
      }
    },
    stop: () => bars.stop(),
  };
}

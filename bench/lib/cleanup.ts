/** Work that must happen however the bench ends (children stopped, PostgreSQL unpinned): last registered, first run. */
const steps: (() => unknown)[] = [];
let ran = false;

export function onCleanup(step: () => unknown): void {
  steps.unshift(step);
}

export async function cleanUp(): Promise<void> {
  if (ran) return;
  ran = true;
  for (const step of steps) {
    try {
      await step();
    } catch (error) {
      console.warn(`bench: cleaning up: ${(error as Error).message}`);
    }
  }
}

/** Ctrl-C or a kill still cleans up before the bench exits. */
export function cleanUpOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.warn(`bench: ${signal}: stopping`);
      void cleanUp().then(() => process.exit(130));
    });
  }
}

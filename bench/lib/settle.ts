import { readFileSync } from 'node:fs';

/** Sampled this often… */
const SAMPLE_MS = 250;
/** …a server is idle when it used at most this many clock ticks (1/100 s) in a sample… */
const IDLE_TICKS = 2;
/** …this many samples in a row. */
const IDLE_IN_A_ROW = 2;
/** Give up waiting (and go on) after this long. */
const MAX_WAIT_MS = 120_000;

/** CPU time a process has used, in clock ticks; null once it is gone. */
function cpuTicks(pid: number): number | null {
  try {
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

/**
 * Waits until a server has finished the work a run left behind. The load generator stops
 * waiting at the end of a run, but the server still answers what was in flight (sign-ins hash
 * with argon2 on its thread pool for seconds, while its event loop answers quickly), and that
 * work would be charged to the next run. Judged by the process's own CPU time.
 */
export async function settle(pid: number): Promise<void> {
  const deadline = Date.now() + MAX_WAIT_MS;
  let last = cpuTicks(pid);
  let idle = 0;
  while (last != null && idle < IDLE_IN_A_ROW && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
    const now = cpuTicks(pid);
    if (now == null) return;
    idle = now - last <= IDLE_TICKS ? idle + 1 : 0;
    last = now;
  }
}

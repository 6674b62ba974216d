import { readFileSync } from 'node:fs';

/** A process's resident memory in MB from /proc/<pid>/status, or null when it cannot be read. */
function residentMb(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 102.4) / 10 : null;
  } catch {
    return null;
  }
}

/** Samples a process's resident memory while `work` runs; answers the work's result and the largest sample. */
export async function sampleRss<T>(pid: number, work: () => Promise<T>, everyMs = 200): Promise<{ result: T; maxRssMb: number | null }> {
  let max: number | null = residentMb(pid);
  const timer = setInterval(() => {
    const now = residentMb(pid);
    if (now != null) max = Math.max(max ?? 0, now);
  }, everyMs);
  try {
    return { result: await work(), maxRssMb: max };
  } finally {
    clearInterval(timer);
  }
}

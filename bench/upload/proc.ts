import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/** What Linux says about a process's memory and CPU (from /proc; the benchmark needs Linux). */

const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** Resident set size now and its peak (VmHWM) since start or the last `resetPeak`, in bytes. */
export function memoryOf(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kib('VmRSS'), peak: kib('VmHWM') };
}

/** Resets the process's VmHWM to its current RSS (`5` > clear_refs); false where not allowed. */
export function resetPeak(pid: number): boolean {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** CPU seconds (user + system) the process used so far, all its threads together. */
export function cpuSecondsOf(pid: number): number {
  return ticks(fs.readFileSync(`/proc/${pid}/stat`, 'utf8')) / CLK_TCK;
}

/** CPU seconds of each thread of the process, by thread id (the main thread's id is the pid). */
export function threadCpuOf(pid: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
    try {
      out.set(Number(tid), ticks(fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8')) / CLK_TCK);
    } catch {
      // the thread ended meanwhile
    }
  }
  return out;
}

/**
 * CPU seconds of every process named `command` (e.g. all of PostgreSQL's), with what their ended
 * children used (fields 16 and 17), so backends that came and went are counted by their parent.
 */
export function cpuSecondsOfCommand(command: string): number {
  let total = 0;
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) !== command) continue;
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += Number(rest[11]) + Number(rest[12]) + Number(rest[13]) + Number(rest[14]);
    } catch {
      // the process ended meanwhile
    }
  }
  return total / CLK_TCK;
}

function ticks(stat: string): number {
  // Fields after the parenthesised name: state is field 3; utime and stime are fields 14 and 15.
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(rest[11]) + Number(rest[12]);
}

/** Samples a process's RSS every `intervalMs` until stopped; the highest sample (a check on VmHWM). */
export class RssSampler {
  private max = 0;
  private readonly timer: NodeJS.Timeout;
  constructor(
    private readonly pid: number,
    intervalMs = 25,
  ) {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
  }

  private sample() {
    try {
      this.max = Math.max(this.max, memoryOf(this.pid).rss);
    } catch {
      // the process is gone
    }
  }

  stop(): number {
    clearInterval(this.timer);
    this.sample();
    return this.max;
  }
}

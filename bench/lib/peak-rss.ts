/**
 * Peak resident memory of this process, in MB. On Linux from /proc/self/status (VmHWM): the
 * rusage maxRSS of a child process starts from its parent's memory at fork time, so a child
 * of the bench runner would report the runner's size. Elsewhere, rusage maxRSS.
 */
import { readFileSync } from 'node:fs';

export function peakRssMB(): number {
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS / 1024;
}

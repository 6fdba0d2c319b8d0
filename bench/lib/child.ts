/** Runs a TypeScript script in a child Node process (through tsx) and reads the JSON line it prints last. */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { ROOT } from './build-app';

export class ChildFailed extends Error {
  constructor(
    message: string,
    readonly code: number | null,
    readonly stderrTail: string,
  ) {
    super(message);
  }
}

export function runChild<T>(script: string, args: string[], options: { timeoutMs: number; nodeOptions?: string[] }): Promise<T> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [...(options.nodeOptions ?? []), '--import', 'tsx', resolve(ROOT, script), ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const last = stdout.trim().split('\n').pop() ?? '';
      if (code === 0) {
        try {
          resolvePromise(JSON.parse(last) as T);
          return;
        } catch {
          // falls through to the failure below
        }
      }
      const why =
        signal === 'SIGKILL'
          ? `killed after ${Math.round(options.timeoutMs / 1000)} s`
          : /heap out of memory/i.test(stderr)
            ? 'JavaScript heap out of memory'
            : `exit code ${code}`;
      reject(new ChildFailed(`${script} failed: ${why}`, code, stderr.slice(-800)));
    });
  });
}

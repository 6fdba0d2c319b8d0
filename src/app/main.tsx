/**
 * The entry: evaluates the app's code in a few tasks instead of one. The browser evaluates a module
 * and everything it imports statically in a single task; for this app that is over 100 ms of CPU on
 * a desktop (several times that on a phone), during which a first screen in the HTML cannot be
 * scrolled or tapped. Each stage below is a dynamic import, evaluated in its own task, with a turn
 * of the event loop between stages; what a stage evaluated is not evaluated again by the next.
 * The stages' files are preloaded with the entry (vite.config.ts), so staging costs no round trips.
 */
import { nextTask } from '@/ui/next-task';

const STAGES = [() => import('react-dom/client'), () => import('@/i18n/format'), () => import('@/api/contract'), () => import('@/api/client')] as const;

async function main(container: HTMLElement): Promise<void> {
  for (const stage of STAGES) {
    await stage();
    await nextTask();
  }
  const { startApp } = await import('./start-app');
  // The app's code was evaluated in the task that resolved the import; its start (requests, the service worker) is the next.
  await nextTask();
  await startApp(container);
}

const root = document.getElementById('root');
if (root) void main(root);

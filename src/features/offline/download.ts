/**
 * Downloads a unit and everything below it for offline use: its structure's meta (and the figures
 * under the units of a reorganisation of that structure, if any), catalogue, then for every unit its
 * document, boundaries and notes. Pure orchestration: fetching and storing are passed in, so it is
 * tested without a browser. The total grows as the tree is discovered (each unit says how many
 * children it has, so the estimate is exact one level ahead).
 */
import { isApiError } from '@/api/api-error';
import { apiPaths, metaSchema, unitDocumentSchema } from '@/api/contract';
import { parseDocument } from '@/api/client';
import { reorganisationFrom } from '@/domain/structures';
import { structureOf } from '@/domain/unit-id';

export interface DownloadProgress {
  /** Documents fetched and stored (or skipped because they do not exist). */
  done: number;
  /** Documents known so far, plus those announced by child counts. */
  total: number;
  /** UTF-8 bytes stored. */
  bytes: number;
}

export interface DownloadDeps {
  fetchText: (path: string, signal: AbortSignal) => Promise<string>;
  store: (path: string, text: string) => Promise<void>;
}

export interface DownloadOptions {
  signal: AbortSignal;
  concurrency?: number;
  onProgress?: (progress: DownloadProgress) => void;
}

export type DownloadResult =
  | { outcome: 'done'; progress: DownloadProgress }
  | { outcome: 'cancelled'; progress: DownloadProgress }
  | { outcome: 'failed'; progress: DownloadProgress; error: unknown };

interface Task {
  path: string;
  /** Set for unit documents: their children are queued once they arrive. */
  unit?: { code: string; childCount: number };
  /** Boundaries and notes may be absent for some units; a 404 there is not a failure. */
  optional?: boolean;
  /** The structure's metadata: the figures under a reorganisation of it are queued once it arrives. */
  meta?: true;
}

const DOCS_PER_UNIT = 3;
const utf8 = new TextEncoder();

const unitTasks = (code: string, childCount: number): Task[] => [
  { path: apiPaths.unit(code), unit: { code, childCount } },
  { path: apiPaths.boundaries(code), optional: true },
  { path: apiPaths.notes(code), optional: true },
];

export async function downloadForOffline(
  rootCode: string,
  deps: DownloadDeps,
  { signal, concurrency = 6, onProgress }: DownloadOptions,
): Promise<DownloadResult> {
  const queue: Task[] = [{ path: apiPaths.meta(structureOf(rootCode)), meta: true }, { path: apiPaths.catalogue() }, ...unitTasks(rootCode, 0)];
  const progress: DownloadProgress = { done: 0, total: queue.length, bytes: 0 };
  /** Documents announced by child counts but not queued yet. */
  let announced = 0;
  const failure: { error?: unknown; failed: boolean } = { failed: false };
  const report = () => onProgress?.({ ...progress, total: progress.total + announced });

  const run = async (task: Task): Promise<void> => {
    let text: string;
    try {
      text = await deps.fetchText(task.path, signal);
    } catch (error) {
      if (task.optional && isApiError(error) && error.kind === 'not_found') return;
      throw error;
    }
    if (task.meta) {
      const meta = parseDocument(text, task.path, metaSchema);
      const reorganisation = reorganisationFrom(meta.reorganisations, meta.structure);
      if (reorganisation) {
        queue.push({ path: apiPaths.structure(reorganisation.code), optional: true });
        progress.total++;
      }
    }
    if (task.unit) {
      const doc = parseDocument(text, task.path, unitDocumentSchema);
      announced -= DOCS_PER_UNIT * task.unit.childCount;
      for (const child of doc.children) {
        queue.push(...unitTasks(child.code, child.childCount));
        progress.total += DOCS_PER_UNIT;
        announced += DOCS_PER_UNIT * child.childCount;
      }
    }
    await deps.store(task.path, text);
    progress.bytes += utf8.encode(text).byteLength;
  };

  let active = 0;
  await new Promise<void>((resolve) => {
    const pump = () => {
      while (!failure.failed && !signal.aborted && active < concurrency && queue.length > 0) {
        const task = queue.shift()!;
        active++;
        run(task)
          .then(
            () => {
              progress.done++;
              report();
            },
            (error: unknown) => {
              if (!signal.aborted && !failure.failed) Object.assign(failure, { failed: true, error });
            },
          )
          .finally(() => {
            active--;
            pump();
          });
      }
      if (active === 0) resolve();
    };
    report();
    pump();
  });

  const final = { ...progress, total: progress.total + Math.max(announced, 0) };
  if (signal.aborted) return { outcome: 'cancelled', progress: final };
  if (failure.failed) return { outcome: 'failed', progress: final, error: failure.error };
  return { outcome: 'done', progress: final };
}

/**
 * When a part of the app's code (a lazily loaded chunk) fails to arrive: telling such a failure from
 * other errors, and asking the server whether the chunk is still there (absent: a new version of the
 * app replaced it, and only a reload helps; present or unreachable: retrying the import may help).
 */

/** Chromium, Firefox, Safari and Vite's preload helper word it differently. */
const CHUNK_FAILURE =
  /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS|Loading (?:CSS )?chunk \S+ failed/i;

export function isChunkLoadError(error: unknown): boolean {
  return error instanceof Error && CHUNK_FAILURE.test(error.message);
}

/** The URL of the module that failed, when the browser names it (Chromium and Firefox do). */
export function failedModuleUrl(error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  const match = /(https?:\/\/\S+?\.(?:m?js|css))\b/.exec(error.message);
  return match?.[1] ?? null;
}

export type ChunkStatus = 'replaced' | 'available' | 'unreachable';

/** Asks the server for the chunk itself, past every cache: 404 or 410 means a new version replaced it. */
export async function probeChunk(url: string | null, fetcher: typeof fetch = fetch): Promise<ChunkStatus> {
  if (!url) return 'unreachable';
  try {
    const response = await fetcher(url, { method: 'HEAD', cache: 'no-store' });
    if (response.status === 404 || response.status === 410) return 'replaced';
    return response.ok ? 'available' : 'unreachable';
  } catch {
    return 'unreachable';
  }
}

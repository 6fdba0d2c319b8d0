/**
 * What the first screen loads, from the build manifest (dist/.vite/manifest.json): the entry
 * chunk, the chunks it imports statically (recursively) and their CSS, and the entry's own dynamic
 * imports (the stages it evaluates the app in, src/app/main.tsx) with theirs. Dynamic imports made
 * further down (the views, the exports) are not part of the first screen. Sizes compressed with node:zlib: gzip at its default level 6 (what
 * a web server or CDN typically applies) and brotli at quality 11.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

/**
 * 150 kB until the app's start was cut into stages (src/app/main.tsx): files compressed one by one
 * lose what they shared in one file's gzip window, about 4 kB for the same code.
 */
export const FIRST_SCREEN_BUDGET_GZIP = 155_000;

export function readManifest(distDir: string): Manifest {
  return JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
}

/** Output files (JS and CSS, relative to dist/) loaded before the first screen can render. */
export function firstScreenFiles(manifest: Manifest): string[] {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  const entries = Object.entries(manifest).filter(([, c]) => c.isEntry);
  if (entries.length === 0) throw new Error('The build manifest has no entry chunk');
  for (const [key, entry] of entries) {
    visit(key);
    for (const staged of entry.dynamicImports ?? []) visit(staged);
  }
  return [...files];
}

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

export function sizeOf(distDir: string, file: string): FileSize {
  const body = readFileSync(join(distDir, file));
  return { file, raw: body.length, gzip: gzipSync(body).length, brotli: brotliCompressSync(body).length };
}

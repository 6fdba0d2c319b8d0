/**
 * Attributes the bytes of a minified chunk to the source files that produced them, from its
 * source map (like source-map-explorer), and groups them by npm package or app folder.
 */
import { existsSync, readFileSync } from 'node:fs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** Decodes one line of VLQ segments into [generatedColumn, sourceIndex?] pairs (absolute values). */
function decodeLine(line: string, state: { source: number }): [number, number | null][] {
  const out: [number, number | null][] = [];
  let column = 0;
  for (const segment of line.split(',')) {
    if (!segment) continue;
    const fields: number[] = [];
    let value = 0;
    let shift = 0;
    for (const ch of segment) {
      const digit = DIGIT.get(ch) ?? 0;
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    column += fields[0] ?? 0;
    if (fields.length >= 4) {
      state.source += fields[1]!;
      out.push([column, state.source]);
    } else out.push([column, null]);
  }
  return out;
}

/** Bytes (UTF-16 code units of the minified code) per source file; "(unmapped)" for the rest. */
export function bytesPerSource(code: string, map: { sources: string[]; mappings: string }): Map<string, number> {
  const sizes = new Map<string, number>();
  const add = (key: string, n: number) => n > 0 && sizes.set(key, (sizes.get(key) ?? 0) + n);
  const lines = code.split('\n');
  const mapLines = map.mappings.split(';');
  const state = { source: 0 };
  lines.forEach((text, i) => {
    const segments = decodeLine(mapLines[i] ?? '', state);
    let covered = 0;
    segments.forEach(([column, source], k) => {
      const end = segments[k + 1]?.[0] ?? text.length;
      const n = Math.max(0, end - column);
      add(source === null ? '(unmapped)' : (map.sources[source] ?? '(unmapped)'), n);
      covered += n;
    });
    add('(unmapped)', text.length + 1 - covered);
  });
  return sizes;
}

/** "react-dom", "@tanstack/query-core", or "app: src/features" for the project's own code. */
export function groupOf(source: string): string {
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = source.slice(nm + 'node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  const src = source.match(/(?:^|\/)(src|scripts|mocks)\/([^/]+)/);
  if (src) return `app: ${src[1]}/${src[2]}${src[2]!.includes('.') ? '' : '/'}`;
  return source.startsWith('(') ? source : `other: ${source.replace(/^(\.\.\/)+/, '')}`;
}

/** Bytes per group for a chunk file, or undefined when it has no source map next to it. */
export function bytesPerGroup(chunkPath: string): Map<string, number> | undefined {
  const mapPath = `${chunkPath}.map`;
  if (!existsSync(mapPath)) return undefined;
  const map = JSON.parse(readFileSync(mapPath, 'utf8')) as { sources: string[]; mappings: string };
  const groups = new Map<string, number>();
  for (const [source, n] of bytesPerSource(readFileSync(chunkPath, 'utf8'), map)) {
    const g = groupOf(source);
    groups.set(g, (groups.get(g) ?? 0) + n);
  }
  return groups;
}

/**
 * Imported official boundaries live in <data>/boundaries/level-<N>.geojson, one file per level.
 * Writing is atomic for the whole folder: a new folder is prepared beside it (keeping the other
 * levels) and swapped in, so a failed import never loses what was imported before.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DatasetError, type DatasetProblem } from '../compile/dataset-error';
import type { OfficialLevel } from './documents';
import type { MultiPolygon } from './planar';

export const BOUNDARIES_DIR = 'boundaries';
const FILE_RE = /^level-([1-9])\.geojson$/;
export const levelFileName = (level: number) => `level-${level}.geojson`;

const position = z.tuple([z.number(), z.number()]);
const storedSchema = z.object({
  type: z.literal('FeatureCollection'),
  level: z.number().int().min(1).max(4),
  source: z.string(),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({ code: z.string(), name: z.string() }),
      geometry: z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(position).min(4)).min(1)) }),
    }),
  ),
});

export function serialiseLevel(level: OfficialLevel, names: ReadonlyMap<string, string>): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    level: level.level,
    source: level.source,
    features: [...level.shapes].map(([code, shape]) => ({
      type: 'Feature',
      properties: { code, name: names.get(code) ?? '' },
      geometry: { type: 'MultiPolygon', coordinates: shape },
    })),
  });
}

/** The stored official levels of a dataset folder (none when the folder does not exist). */
export function readOfficialBoundaries(dataDir: string): OfficialLevel[] {
  const dir = join(dataDir, BOUNDARIES_DIR);
  if (!existsSync(dir)) return [];
  const problems: DatasetProblem[] = [];
  const levels: OfficialLevel[] = [];
  for (const name of readdirSync(dir).sort()) {
    const m = FILE_RE.exec(name);
    if (!m) continue;
    const file = `${BOUNDARIES_DIR}/${name}`;
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch {
      problems.push({ file, row: null, field: null, message: 'không phải JSON hợp lệ; hãy nhập lại ranh giới' });
      continue;
    }
    const parsed = storedSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      problems.push({ file, row: null, field: issue.path.join('.'), message: `sai cấu trúc: ${issue.message}` });
      continue;
    }
    const shapes = new Map(parsed.data.features.map((f) => [f.properties.code, f.geometry.coordinates as MultiPolygon]));
    levels.push({ level: parsed.data.level, source: parsed.data.source, shapes });
  }
  if (problems.length) throw new DatasetError(problems);
  return levels;
}

/** Replaces the given levels, keeps the others; all or nothing. */
export function writeOfficialLevels(dataDir: string, files: ReadonlyMap<number, string>): void {
  const dir = join(dataDir, BOUNDARIES_DIR);
  const staging = `${dir}.tmp-${process.pid}`;
  const previous = `${dir}.old-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    mkdirSync(staging, { recursive: true });
    if (existsSync(dir)) for (const name of readdirSync(dir)) copyFileSync(join(dir, name), join(staging, name));
    for (const [level, text] of files) writeFileSync(join(staging, levelFileName(level)), text);
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    throw e;
  }
  if (existsSync(dir)) renameSync(dir, previous);
  renameSync(staging, dir);
  rmSync(previous, { recursive: true, force: true });
}

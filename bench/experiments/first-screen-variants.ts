/**
 * npx tsx bench/experiments/first-screen-variants.ts
 * Measures what candidate changes would save on the first screen, by building patched copies
 * of the app in a temporary folder (the working tree is not touched):
 *   lazy-views: the views still imported statically in src/app/views.tsx load with React.lazy;
 *   messages:   only the common and offline messages stay in the first-screen catalogue (an upper
 *               bound for loading each view's messages with the view);
 *   both.
 * A patch that no longer applies (the files changed) is reported, not guessed.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { firstScreenFiles, readManifest, sizeOf } from '../../scripts/bundle-manifest';
import { ROOT } from '../lib/build-app';

type Patch = (read: (file: string) => string, write: (file: string, text: string) => void) => string | null;

/** Static view imports in views.tsx become React.lazy; returns the names it changed. */
const lazyViews: Patch = (read, write) => {
  const file = 'src/app/views.tsx';
  let text = read(file);
  const changed: string[] = [];
  text = text.replace(/^import \{ (\w+) \} from '(@\/features\/[\w-]+\/[\w-]+)';$/gm, (line, name: string, path: string) => {
    if (/Lazy$|View$|Panel$/.test(name) && !/lazy/.test(path) && !['OverviewPanel', 'ChildrenList'].includes(name)) {
      changed.push(name);
      return `const ${name} = lazy(() => import('${path}').then((m) => ({ default: m.${name} })));`;
    }
    return line;
  });
  if (!changed.length) return null;
  write(file, /import \{[^}]*\blazy\b[^}]*\} from 'react'/.test(text) ? text : `import { lazy } from 'react';\n${text}`);
  return changed.join(', ');
};

/** Keeps only the common and offline messages in the catalogue's parts. */
const firstScreenMessages: Patch = (read, write) => {
  const file = 'src/i18n/catalogue.ts';
  const text = read(file);
  const m = /const parts = \[([^\]]+)\] as const;/.exec(text);
  if (!m) return null;
  const kept = m[1]!.split(',').map((s) => s.trim()).filter((s) => ['common', 'offline'].includes(s));
  const dropped = m[1]!.split(',').map((s) => s.trim()).filter((s) => s && !kept.includes(s));
  write(file, text.replace(m[0], `const parts = [${kept.join(', ')}] as const;`));
  return `dropped ${dropped.join(', ')}`;
};

const VARIANTS: { name: string; patches: Patch[] }[] = [
  { name: 'as is', patches: [] },
  { name: 'lazy-views', patches: [lazyViews] },
  { name: 'messages', patches: [firstScreenMessages] },
  { name: 'both', patches: [lazyViews, firstScreenMessages] },
];

async function measure(patches: Patch[]): Promise<{ gzip: number; brotli: number; applied: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'du-an-8-variant-'));
  try {
    for (const item of ['index.html', 'vite.config.ts', 'tsconfig.json', 'package.json', 'src', 'public', 'scripts', 'data']) {
      if (existsSync(join(ROOT, item))) cpSync(join(ROOT, item), join(dir, item), { recursive: true });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    const applied = patches.map((p) => p((f) => readFileSync(join(dir, f), 'utf8'), (f, t) => writeFileSync(join(dir, f), t)) ?? 'did not apply');
    const out = join(dir, 'dist');
    await build({ root: dir, logLevel: 'error', build: { outDir: out, emptyOutDir: true } });
    const sizes = firstScreenFiles(readManifest(out)).map((f) => sizeOf(out, f));
    return { gzip: sizes.reduce((s, x) => s + x.gzip, 0), brotli: sizes.reduce((s, x) => s + x.brotli, 0), applied };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';
const rows: string[] = [];
let base = 0;
for (const v of VARIANTS) {
  const r = await measure(v.patches);
  if (v.name === 'as is') base = r.gzip;
  rows.push(`| ${v.name} | ${(r.gzip / 1000).toFixed(1)} | ${((r.gzip - base) / 1000).toFixed(1)} | ${(r.brotli / 1000).toFixed(1)} | ${r.applied.join('; ')} |`);
  console.error(`${v.name}: ${(r.gzip / 1000).toFixed(1)} kB gzip`);
}
console.log(['| variant | first screen gzip kB | change kB | brotli kB | patch |', '|---|---|---|---|---|', ...rows].join('\n'));

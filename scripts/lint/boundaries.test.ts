import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boundaryConfig } from './boundaries.js';
import { fileLengthConfig, MAX_LINES } from './file-length.js';
import { levelNumberConfig } from './level-numbers.js';

// A small tree shaped like the app; each case plants one import in it and lints the importing file
// with the repository's boundary rules.
const FILES: Record<string, string> = {
  'src/domain/sum.ts': 'export const sum = (a: number, b: number): number => a + b;\n',
  'src/config/env.ts': 'export const env = { base: "/" };\n',
  'src/api/client.ts': 'export const client = 1;\n',
  'src/i18n/format.ts': 'export const format = (n: number): string => String(n);\n',
  'src/ui/panel.ts': 'export const panel = 1;\n',
  'src/app/page.ts': 'export const page = 1;\n',
  'src/features/alpha/view.ts': 'export const alpha = 1;\n',
  'src/features/beta/view.ts': 'export const beta = 1;\n',
  'mocks/server.ts': 'export const server = 1;\n',
  'tests/builders/indicator.ts': 'export const build = 1;\n',
};

let root = '';
let eslint: ESLint;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'lint-boundaries-'));
  const tsconfig = {
    compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler', strict: true, noEmit: true, paths: { '@/*': ['./src/*'] } },
    include: ['src', 'mocks', 'tests'],
  };
  writeFileSync(join(root, 'tsconfig.json'), JSON.stringify(tsconfig));
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
      ...boundaryConfig(root),
      ...levelNumberConfig(),
      ...fileLengthConfig(),
    ],
  });
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes `text` at `path` (plus any companion files) and returns the rules that fired in `path`. */
async function rulesFiredIn(path: string, text: string, companions: Record<string, string> = {}): Promise<string[]> {
  for (const [p, t] of Object.entries({ ...companions, [path]: text })) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), t);
  }
  const [result] = await eslint.lintFiles([join(root, path)]);
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const FORBIDDEN = 'import-x/no-restricted-paths';

describe('the import boundaries', () => {
  it.each([
    ['domain imports api', 'src/domain/uses-api.ts', "import { client } from '../api/client';\nexport const x = client;\n"],
    ['domain imports ui through the alias', 'src/domain/uses-ui.ts', "import { panel } from '@/ui/panel';\nexport const x = panel;\n"],
    ['config imports domain', 'src/config/uses-domain.ts', "import { sum } from '../domain/sum';\nexport const x = sum;\n"],
    ['api imports ui', 'src/api/uses-ui.ts', "import { panel } from '../ui/panel';\nexport const x = panel;\n"],
    ['i18n imports api', 'src/i18n/uses-api.ts', "import { client } from '../api/client';\nexport const x = client;\n"],
    ['ui imports a feature', 'src/ui/uses-feature.ts', "import { alpha } from '../features/alpha/view';\nexport const x = alpha;\n"],
    ['ui imports app', 'src/ui/uses-app.ts', "import { page } from '../app/page';\nexport const x = page;\n"],
    ['a feature imports app', 'src/features/alpha/uses-app.ts', "import { page } from '../../app/page';\nexport const x = page;\n"],
    ['a feature imports another feature', 'src/features/alpha/uses-beta.ts', "import { beta } from '../beta/view';\nexport const x = beta;\n"],
    ['product code imports mocks', 'src/app/uses-mocks.ts', "import { server } from '../../mocks/server';\nexport const x = server;\n"],
    [
      'product code imports test builders',
      'src/features/beta/uses-tests.ts',
      "import { build } from '../../../tests/builders/indicator';\nexport const x = build;\n",
    ],
  ])('fails when %s', async (_name, path, text) => {
    expect(await rulesFiredIn(path, text)).toContain(FORBIDDEN);
  });

  it('isolates a feature folder created after the rules were written', async () => {
    mkdirSync(join(root, 'src/features/gamma'), { recursive: true });
    writeFileSync(join(root, 'src/features/gamma/view.ts'), 'export const gamma = 1;\n');
    const isolated = new ESLint({
      cwd: root,
      overrideConfigFile: true,
      overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, ...boundaryConfig(root)],
    });
    writeFileSync(join(root, 'src/features/gamma/uses-alpha.ts'), "import { alpha } from '../alpha/view';\nexport const x = alpha;\n");
    const [result] = await isolated.lintFiles([join(root, 'src/features/gamma/uses-alpha.ts')]);
    expect(result?.messages.map((m) => m.ruleId)).toContain(FORBIDDEN);
  });

  it('fails on an import cycle between TypeScript files', async () => {
    const fired = await rulesFiredIn('src/domain/cycle-a.ts', "import { b } from './cycle-b';\nexport const a = (): number => b() + 1;\n", {
      'src/domain/cycle-b.ts': "import { a } from './cycle-a';\nexport const b = (): number => a() + 1;\n",
    });
    expect(fired).toContain('import-x/no-cycle');
  });

  it.each([
    [
      'app imports a feature, ui and domain',
      'src/app/composes.ts',
      "import { alpha } from '../features/alpha/view';\nimport { panel } from '../ui/panel';\nimport { sum } from '../domain/sum';\nexport const x = [alpha, panel, sum];\n",
    ],
    [
      'a feature imports ui, api, i18n, config and domain',
      'src/features/beta/uses-shared.ts',
      "import { panel } from '../../ui/panel';\nimport { client } from '../../api/client';\nimport { format } from '../../i18n/format';\nimport { env } from '../../config/env';\nimport { sum } from '../../domain/sum';\nexport const x = [panel, client, format, env, sum];\n",
    ],
    [
      'api imports domain and config',
      'src/api/uses-domain.ts',
      "import { sum } from '../domain/sum';\nimport { env } from '../config/env';\nexport const x = [sum, env];\n",
    ],
    [
      'a test file imports mocks and builders',
      'src/app/page.test.ts',
      "import { server } from '../../mocks/server';\nimport { build } from '../../tests/builders/indicator';\nexport const x = [server, build];\n",
    ],
  ])('allows it when %s', async (_name, path, text) => {
    expect(await rulesFiredIn(path, text)).toEqual([]);
  });
});

const LEVEL_NUMBER = 'no-restricted-syntax';
const UNIT = 'export interface Unit { level: number; depth: number; kind: string }\n';

describe('deciding by a level number', () => {
  it.each([
    ['a unit’s level is compared with 3', 'src/domain/floor.ts', `${UNIT}export const below = (unit: Unit): boolean => unit.level === 3;\n`],
    ['the number comes first', 'src/features/alpha/floor.ts', `${UNIT}export const top = (unit: Unit): boolean => 1 !== unit.level;\n`],
    ['a level variable is ordered against a number', 'scripts/compile/floor.ts', 'export const deep = (level: number): boolean => level > 2;\n'],
    ['an optional level', 'src/api/floor.ts', `${UNIT}export const commune = (unit?: Unit): boolean => unit?.level === 3;\n`],
    ['a depth', 'scripts/demo/floor.ts', `${UNIT}export const village = (u: Unit): boolean => u.depth >= 4;\n`],
    [
      'a switch on the level',
      'src/ui/floor.ts',
      `${UNIT}export function name(unit: Unit): string {\n  switch (unit.level) {\n    case 2:\n      return 'huyện';\n    default:\n      return '';\n  }\n}\n`,
    ],
  ])('fails when %s', async (_name, path, text) => {
    expect(await rulesFiredIn(path, text)).toContain(LEVEL_NUMBER);
  });

  it.each([
    ['a level is compared by its kind', 'src/domain/by-kind.ts', `${UNIT}export const village = (unit: Unit): boolean => unit.kind === 'village';\n`],
    ['two levels are compared', 'src/domain/two-levels.ts', `${UNIT}export const child = (a: Unit, b: Unit): boolean => a.level === b.level + 1;\n`],
    ['a test compares a level with a number', 'src/domain/floor.test.ts', `${UNIT}export const ok = (unit: Unit): boolean => unit.level === 3;\n`],
  ])('allows it when %s', async (_name, path, text) => {
    expect(await rulesFiredIn(path, text)).toEqual([]);
  });
});

describe('the length of a file', () => {
  /** A file of `lines` lines as `wc -l` counts them: numbered constants, the last line ending the file. */
  const lines = (count: number) => Array.from({ length: count }, (_, i) => `export const n${i} = ${i};\n`).join('');

  it('allows 300 lines and no more', () => {
    expect(MAX_LINES).toBe(300);
  });

  it.each([
    ['product code', 'src/domain/long.ts'],
    ['a feature', 'src/features/alpha/long.ts'],
    ['build code', 'scripts/compile/long.ts'],
  ])('fails for 301 lines of %s', async (_name, path) => {
    expect(await rulesFiredIn(path, lines(301))).toEqual(['max-lines']);
  });

  it.each([
    ['300 lines of product code', 'src/domain/just.ts', 300],
    ['a long test', 'src/domain/long.test.ts', 400],
    ['a long test builder', 'tests/builders/long.ts', 400],
  ])('allows %s', async (_name, path, count) => {
    expect(await rulesFiredIn(path, lines(count))).toEqual([]);
  });
});

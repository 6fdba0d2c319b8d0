// The import boundaries of the app, as ESLint settings and rules. eslint.config.js applies them to this
// repository; scripts/lint/boundaries.test.ts applies them to a planted tree to prove each rule fires.
//
//   app → features → (ui, api, i18n, config, domain);  ui → (api, i18n, config, domain);
//   api → (config, domain);  i18n → domain;  config → nothing;  domain → nothing.
//   Features never import each other. Product code never imports tests, mocks, scripts or bench.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/** The feature folders, read from src/features so a new feature is isolated without editing this file. */
export function featureNames(root) {
  return readdirSync(join(root, 'src', 'features'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

const only = (target, allowed, message) => ({ target: `./src/${target}`, from: './src', except: allowed.map((a) => `./${a}`), message });

/** `no-restricted-paths` zones for the tree at `root`. */
export function boundaryZones(root) {
  const features = featureNames(root).map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'Features never import each other; move shared code to ui/, domain/ or api/.',
  }));
  return [
    only('domain', ['domain'], 'domain/ is pure: it imports nothing of the app.'),
    only('config', ['config'], 'config/ imports nothing of the app.'),
    only('api', ['api', 'domain', 'config'], 'api/ depends only on domain/ and config/.'),
    only('i18n', ['i18n', 'domain'], 'i18n/ depends only on domain/.'),
    only('ui', ['ui', 'domain', 'i18n', 'api', 'config'], 'ui/ may not import features or app.'),
    { target: './src/features', from: './src/app', message: 'features never import app/.' },
    ...features,
  ];
}

/** Product code (src/ without its tests) never imports test, mock, build or bench code. */
const outsideProduct = ['tests', 'mocks', 'scripts', 'bench'].map((folder) => ({
  target: './src',
  from: `./${folder}`,
  message: `Product code never imports ${folder}/ (test and build helpers live outside src/).`,
}));

/** The flat-config blocks that enforce the boundaries, cycles included, for the tree at `root`. */
export function boundaryConfig(root) {
  const zones = boundaryZones(root);
  return [
    {
      plugins: { 'import-x': importX },
      settings: {
        ...importX.flatConfigs.typescript.settings,
        'import-x/resolver-next': [createTypeScriptImportResolver({ project: join(root, 'tsconfig.json') })],
      },
      rules: {
        'import-x/no-cycle': ['error', { maxDepth: 10 }],
        'import-x/no-restricted-paths': ['error', { basePath: root, zones }],
      },
    },
    {
      files: ['src/**'],
      ignores: ['**/*.test.{ts,tsx}'],
      rules: { 'import-x/no-restricted-paths': ['error', { basePath: root, zones: [...zones, ...outsideProduct] }] },
    },
  ];
}

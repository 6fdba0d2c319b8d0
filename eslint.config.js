// One-way dependencies (DESIGN §3): app → features → (ui, api, i18n, config, domain); api → domain; domain → nothing.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const FEATURES = ['overview', 'hierarchy', 'filters', 'charts', 'table', 'map', 'progress', 'report', 'present', 'notes', 'offline'];

/** Each feature may not import any other feature. */
const featureIsolation = FEATURES.map((name) => ({
  target: `./src/features/${name}`,
  from: './src/features',
  except: [`./${name}`],
  message: 'Features never import each other; move shared code to ui/, domain/ or api/.',
}));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', '.cache', 'coverage', 'bench/results', 'docs/openapi.json', 'public/mockServiceWorker.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'import-x/no-cycle': ['error', { maxDepth: 10 }],
      'import-x/no-default-export': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/domain', from: './src', except: ['./domain'], message: 'domain/ is pure: it imports nothing of the app.' },
            { target: './src/config', from: './src', except: ['./config'], message: 'config/ imports nothing of the app.' },
            { target: './src/api', from: './src', except: ['./api', './domain', './config'], message: 'api/ depends only on domain/ and config/.' },
            { target: './src/i18n', from: './src', except: ['./i18n', './domain'], message: 'i18n/ depends only on domain/.' },
            { target: './src/ui', from: './src', except: ['./ui', './domain', './i18n', './api'], message: 'ui/ may not import features or app.' },
            { target: './src/features', from: './src/app', message: 'features never import app/.' },
            ...featureIsolation,
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'tests/**', 'mocks/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);

// Lint for the whole repository; the import boundaries (README "Layout") live in scripts/lint/boundaries.js, the
// ban on deciding by a level number in scripts/lint/level-numbers.js, the length of a file in scripts/lint/file-length.js.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { boundaryConfig } from './scripts/lint/boundaries.js';
import { fileLengthConfig } from './scripts/lint/file-length.js';
import { levelNumberConfig } from './scripts/lint/level-numbers.js';

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', '.cache', 'coverage', 'bench/results', 'docs/openapi.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...boundaryConfig(import.meta.dirname),
  ...levelNumberConfig(),
  ...fileLengthConfig(),
  {
    files: ['**/*.test.{ts,tsx}', 'tests/**', 'mocks/**', 'scripts/**', 'examples/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);

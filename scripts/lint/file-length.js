// Small files, one idea each: product and build code (src/, scripts/) stays at 300 lines or fewer,
// counted as `wc -l` counts them; tests may run longer. eslint.config.js applies this;
// scripts/lint/boundaries.test.ts plants a long file to prove it fires.

export const MAX_LINES = 300;

/** @returns {import('eslint').Linter.Config[]} */
export function fileLengthConfig() {
  return [
    {
      files: ['src/**/*.{ts,tsx}', 'scripts/**/*.{ts,tsx,js}'],
      ignores: ['**/*.test.{ts,tsx}'],
      rules: { 'max-lines': ['error', { max: MAX_LINES, skipBlankLines: false, skipComments: false }] },
    },
  ];
}

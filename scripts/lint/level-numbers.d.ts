import type { Linter } from 'eslint';

export function levelNumberConfig(): Linter.Config[];

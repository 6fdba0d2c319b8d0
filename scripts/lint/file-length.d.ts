import type { Linter } from 'eslint';

export const MAX_LINES: number;
export function fileLengthConfig(): Linter.Config[];

import type { Linter } from 'eslint';

export function featureNames(root: string): string[];
export function boundaryZones(root: string): { target: string; from: string; except?: string[]; message: string }[];
export function boundaryConfig(root: string): Linter.Config[];

/** The shape of bench/results/latest.json: sections of figures, each beside its budget and reference. */
import type { Summary } from './stats';

export type Status = 'pass' | 'fail' | 'info' | 'not-measured';

export interface Budget {
  /** The figure must be at most (≤) or at least (≥) this value. */
  op: '<=' | '>=';
  value: number;
}

export interface Reference {
  label: string;
  value: number;
  /** figure / reference. */
  ratio: number;
}

export interface Figure {
  id: string;
  label: string;
  unit: string;
  /** The headline value (a median when repeated), or null when it could not be measured. */
  value: number | null;
  spread?: Summary;
  budget?: Budget;
  reference?: Reference;
  /** A budget on the ratio to the reference instead of on the value. */
  ratioBudget?: Budget;
  status: Status;
  note?: string;
}

export interface Section {
  id: string;
  title: string;
  measuredAt: string;
  durationMs: number;
  figures: Figure[];
  /** Free-form detail tables (per chunk, per library, per drill level…). */
  tables?: { title: string; columns: string[]; rows: (string | number | null)[][] }[];
  notes?: string[];
}

export interface BenchResults {
  generatedAt: string;
  machine: Record<string, string | number>;
  versions: Record<string, string>;
  sections: Record<string, Section>;
}

function meets(value: number, budget: Budget): boolean {
  return budget.op === '<=' ? value <= budget.value : value >= budget.value;
}

/** Builds a figure and decides its status from its budget (or its ratio budget). */
export function figure(f: Omit<Figure, 'status'> & { status?: Status }): Figure {
  if (f.status) return f as Figure;
  if (f.value === null) return { ...f, status: 'not-measured' };
  if (f.ratioBudget && f.reference) return { ...f, status: meets(f.reference.ratio, f.ratioBudget) ? 'pass' : 'fail' };
  if (f.budget) return { ...f, status: meets(f.value, f.budget) ? 'pass' : 'fail' };
  return { ...f, status: 'info' };
}

export function notMeasured(id: string, label: string, unit: string, note: string, budget?: Budget): Figure {
  return { id, label, unit, value: null, status: 'not-measured', note, ...(budget ? { budget } : {}) };
}

export function reference(label: string, figureValue: number, referenceValue: number): Reference {
  return { label, value: referenceValue, ratio: referenceValue === 0 ? Number.NaN : figureValue / referenceValue };
}

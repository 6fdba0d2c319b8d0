/**
 * The structures of units a dataset holds: the base one and one after each reorganisation that has
 * data. Which reorganisation leads out of a structure (its "new units" view), and the chain of
 * structures to switch between.
 */

export interface StructureRef {
  structure: string;
  rootUnit: string;
  name: string;
}

export interface ReorganisationRef {
  code: string;
  date: string;
  before: StructureRef;
  after: StructureRef | null;
}

/** The reorganisation that reorganised the units of `structure`, if any. */
export function reorganisationFrom<R extends ReorganisationRef>(reorganisations: readonly R[], structure: string): R | undefined {
  return reorganisations.find((r) => r.before.structure === structure);
}

export interface StructureSpan extends StructureRef {
  /** First day in force (null for the base structure: since before the data). */
  from: string | null;
  /** Last day in force (null while in force). */
  until: string | null;
}

/** The day before an ISO date. */
export function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The structures with data, oldest first, each with the days it was in force; empty when there is only one. */
export function structureChain(reorganisations: readonly ReorganisationRef[]): StructureSpan[] {
  const first = reorganisations[0];
  if (!first?.after) return [];
  const chain: StructureSpan[] = [{ ...first.before, from: null, until: dayBefore(first.date) }];
  for (const [i, r] of reorganisations.entries()) {
    if (!r.after) break;
    const next = reorganisations[i + 1];
    chain.push({ ...r.after, from: r.date, until: next ? dayBefore(next.date) : null });
  }
  return chain;
}

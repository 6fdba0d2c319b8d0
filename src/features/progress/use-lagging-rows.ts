import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Catalogue, Meta, UnitDocument } from '@/api/contract';
import { unitQueryOptions } from '@/api/get-unit';
import type { PeriodSelection } from '@/domain/periods';
import { documentsFor, rankLagging, type LaggingEntry, type LaggingOptions, type LaggingRow } from '@/domain/lagging';
import { assessUnit } from '@/domain/unit-progress';
import { compareVietnamese } from '@/i18n/format';
import { assessContext } from '@/domain/progress-context';

export interface LaggingRows {
  /** Documents still loading, out of those needed (0 of 0 when the unit's own document suffices). */
  done: number;
  total: number;
  loading: boolean;
  rows: LaggingRow[];
  /** Units whose document failed to load, and a retry for them. */
  failed: { code: string; error: unknown }[];
  retry: () => void;
}

interface Combined {
  docs: (UnitDocument | undefined)[];
  errors: unknown[];
  refetch: (() => unknown)[];
}

const combine = (results: UseQueryResult<UnitDocument>[]): Combined => ({
  docs: results.map((r) => r.data),
  errors: results.map((r) => (r.data === undefined ? r.error : null)),
  refetch: results.map((r) => r.refetch),
});

/**
 * Units at the chosen level below `doc`, ranked worst first; grandchildren need one document per child, loaded in parallel.
 * `options` must be memoised by the caller.
 */
export function useLaggingRows(doc: UnitDocument, options: LaggingOptions | null, catalogue: Catalogue, meta: Meta, period: PeriodSelection): LaggingRows {
  const codes = options
    ? documentsFor(
        doc.unit.level,
        doc.children.map((c) => c.code),
        options.level,
      )
    : [];
  const combined = useQueries({ queries: codes.map((code) => unitQueryOptions(code)), combine });
  const { docs, errors, refetch } = combined;
  const viaChildren = codes.length > 0;
  const rows = useMemo(() => {
    if (!options) return [];
    const ctx = assessContext(meta, catalogue, period);
    const sources = viaChildren ? docs.filter((d): d is UnitDocument => d !== undefined) : [doc];
    const entries: LaggingEntry[] = sources.flatMap((src) =>
      src.children.flatMap((child) => {
        const figures = src.figures[child.code];
        if (child.level !== options.level || !figures) return [];
        return [
          {
            code: child.code,
            name: child.name,
            parentName: viaChildren ? src.unit.name : null,
            progress: assessUnit(catalogue.indicators, figures, ctx, options.area),
          },
        ];
      }),
    );
    return rankLagging(entries, compareVietnamese);
  }, [doc, docs, viaChildren, options, catalogue, meta, period]);
  const failed = codes.flatMap((code, i) => (errors[i] ? [{ code, error: errors[i] }] : []));
  const done = docs.filter((d) => d !== undefined).length + failed.length;
  return {
    done,
    total: codes.length,
    loading: done < codes.length,
    rows,
    failed,
    retry: () => codes.forEach((_, i) => errors[i] && refetch[i]?.()),
  };
}

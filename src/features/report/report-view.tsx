import { useQueries } from '@tanstack/react-query';
import { useDeferredValue, useMemo, type ReactNode } from 'react';
import type { Catalogue, Meta, UnitDocument } from '@/api/contract';
import { useNotes } from '@/api/get-notes';
import { unitQueryOptions } from '@/api/get-unit';
import { isoDate } from '@/domain/file-name';
import { conclusionFor, inspectionFor } from '@/domain/notes';
import { draftKey } from '@/domain/report/draft';
import { serializeSelection } from '@/domain/periods';
import type { ViewState } from '@/domain/view-state';
import { useI18n } from '@/i18n/i18n-context';
import { apiErrorMessage, canRetry } from '@/ui/api-error-message';
import { PanelError } from '@/ui/panel';
import { DraftsList } from './drafts-list';
import { inspectedUnitsToLoad, noticeInput, noticePeriod } from './report-input';
import { ReportPanel } from './report-panel';
import { createWording } from './report-wording';
import './report.css';

interface Props {
  doc: UnitDocument;
  catalogue: Catalogue;
  meta: Meta;
  state: ViewState;
  /** Shown below the notice (the unit's notes, composed by the app). */
  aside?: ReactNode;
}

/** Documents of the inspected units (a failed one is simply left out); stable between renders. */
function combineDocs(results: readonly { data?: UnitDocument | undefined; isPending: boolean }[]) {
  return { docs: results.flatMap((r) => (r.data ? [r.data] : [])), pending: results.some((r) => r.isPending) };
}

/** The inspection report of a unit for a period: the generated notice, edited in place, saved as a draft, exported. */
export function ReportView({ doc, catalogue, meta, state, aside }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const wording = useMemo(() => createWording(lang), [lang]);
  const notesQuery = useNotes(doc.unit.code);
  const notes = notesQuery.data?.notes ?? null;
  const otherCodes = useMemo(() => inspectedUnitsToLoad(doc, notes, state.period), [doc, notes, state.period]);
  const sub = useQueries({ queries: otherCodes.map((code) => unitQueryOptions(code)), combine: combineDocs });
  const subDocs = useMemo(() => new Map(sub.docs.map((d) => [d.unit.code, d] as const)), [sub.docs]);
  const ready = !notesQuery.isPending && !sub.pending;
  const today = useMemo(() => isoDate(new Date()), []);
  const period = serializeSelection(state.period);
  // The notice is built from all its sources at once, never from a part of them (the notes alone, some of the
  // visited units), and in a render of its own: the answers arrive through the query cache, whose updates React
  // renders at once, in one task; the deferred copy is rendered after them, in slices. The notice and its draft
  // follow that copy, so they always belong to the same period.
  const sources = useMemo(() => (ready ? { period, selection: state.period, notes, subDocs } : null), [ready, period, state.period, notes, subDocs]);
  const settled = useDeferredValue(sources);
  const input = useMemo(
    () => (settled ? noticeInput(wording, { doc, catalogue, meta, period: settled.selection, notes: settled.notes, subDocs: settled.subDocs, today }) : null),
    [wording, doc, catalogue, meta, settled, today],
  );
  // The inspection of the notice's period, from the notice's own sources: what the notice says about it
  // (the period it looked at, the requests it issued) shows with the notice, in one commit.
  const inspection = useMemo(() => (settled?.notes ? inspectionFor(settled.notes, doc.unit.code, settled.selection) : null), [settled, doc.unit.code]);
  const inspected = useMemo(() => {
    if (!settled || !inspection) return null;
    const used = noticePeriod(doc, settled.notes, settled.selection);
    return serializeSelection(used) !== serializeSelection(settled.selection) ? { date: inspection.date, period: used } : null;
  }, [settled, inspection, doc]);
  const issued = useMemo(() => {
    const conclusion = settled?.notes && inspection ? conclusionFor(settled.notes, inspection) : null;
    if (!conclusion?.requests?.length) return null;
    return { number: conclusion.documentNumber ?? '', requests: conclusion.requests.map((r, i) => ({ id: `issued-${i}`, ...r })) };
  }, [settled, inspection]);

  return (
    <div className="report-view">
      <ReportPanel
        input={input}
        period={settled?.period ?? period}
        wording={wording}
        doc={doc}
        catalogue={catalogue}
        meta={meta}
        inspected={inspected}
        issued={issued}
        notesFailure={
          notesQuery.error ? (
            <div className="no-print">
              <PanelError
                message={t('report.ui.notesFailed', { message: apiErrorMessage(notesQuery.error, i18n) })}
                onRetry={canRetry(notesQuery.error) ? () => void notesQuery.refetch() : undefined}
              />
            </div>
          ) : null
        }
      />
      <div className="no-print">
        <DraftsList state={state} currentKey={draftKey(doc.unit.code, period, lang)} />
        {aside}
      </div>
    </div>
  );
}

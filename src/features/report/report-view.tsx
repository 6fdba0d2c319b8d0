import { useQueries } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import type { Catalogue, Meta, UnitDocument } from '@/api/contract';
import { useNotes } from '@/api/get-notes';
import { unitQueryOptions } from '@/api/get-unit';
import { isoDate } from '@/domain/file-name';
import { conclusionFor, inspectionFor } from '@/domain/notes';
import { isMoney } from '@/domain/indicators';
import { buildReport } from '@/domain/report/document';
import { draftKey } from '@/domain/report/draft';
import { serializeSelection } from '@/domain/periods';
import type { ViewState } from '@/domain/view-state';
import { formatDate, formatDateTime, formatPeriod } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { apiErrorMessage, canRetry } from '@/ui/api-error-message';
import { Panel, PanelError, PanelLoading } from '@/ui/panel';
import { DraftsList } from './drafts-list';
import { ReportActions } from './report-actions';
import { inspectedUnitsToLoad, noticePeriod, reportInput } from './report-input';
import { ReportSheet } from './report-sheet';
import { createWording } from './report-wording';
import { useReportDraft } from './use-report-draft';
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

  const generated = useMemo(
    () => buildReport(wording, reportInput(wording, { doc, catalogue, meta, period: state.period, notes, subDocs, today })),
    [wording, doc, catalogue, meta, state.period, notes, subDocs, today],
  );
  const inspected = useMemo(() => {
    const inspection = notes ? inspectionFor(notes, doc.unit.code, state.period) : null;
    const used = noticePeriod(doc, notes, state.period);
    return inspection && serializeSelection(used) !== serializeSelection(state.period) ? { date: inspection.date, period: used } : null;
  }, [notes, doc, state.period]);
  const issued = useMemo(() => {
    const inspection = notes ? inspectionFor(notes, doc.unit.code, state.period) : null;
    const conclusion = notes && inspection ? conclusionFor(notes, inspection) : null;
    if (!conclusion?.requests?.length) return null;
    return { number: conclusion.documentNumber ?? '', requests: conclusion.requests.map((r, i) => ({ id: `issued-${i}`, ...r })) };
  }, [notes, doc.unit.code, state.period]);

  const period = serializeSelection(state.period);
  const identity = { unit: doc.unit.code, unitName: doc.unit.name, period, lang };
  const draft = useReportDraft(identity, generated);
  const mark = meta.demo ? t('app.demoBadge') : undefined;
  const moneyUnits = [...new Set(catalogue.indicators.filter(isMoney).map((i) => i.unitOfMeasure[lang]))];

  return (
    <div className="report-view">
      <Panel
        id="report"
        title={t('report.ui.title')}
        dataDate={formatDate(meta.dataDate, lang)}
        actions={
          <ReportActions
            text={draft.text}
            annex={generated.annex}
            wording={wording}
            unitName={doc.unit.name}
            period={period}
            source={meta.source[lang]}
            mark={mark}
            moneyUnits={moneyUnits}
            hasDraft={draft.draft !== null}
            onResetAll={draft.resetAll}
          />
        }
      >
        <p className="report-hint no-print">{t('report.ui.hint')}</p>
        {inspected && (
          <p className="report-hint no-print" data-notice-period={serializeSelection(inspected.period)}>
            {t('report.ui.inspectionPeriod', { date: formatDate(inspected.date, lang), period: formatPeriod(inspected.period, lang) })}
          </p>
        )}
        <p className="report-status no-print" role="status">
          {draft.draft ? t('report.ui.draftSaved', { time: formatDateTime(new Date(draft.draft.savedAt), lang) }) : t('report.ui.draftNone')}
        </p>
        {draft.storageFailed && (
          <p className="report-warning no-print" role="alert">
            {t('report.ui.draftStorageFailed')}
          </p>
        )}
        {draft.damaged && <p className="report-warning no-print">{t('report.ui.draftDamaged')}</p>}
        {notesQuery.error ? (
          <div className="no-print">
            <PanelError
              message={t('report.ui.notesFailed', { message: apiErrorMessage(notesQuery.error, i18n) })}
              onRetry={canRetry(notesQuery.error) ? () => void notesQuery.refetch() : undefined}
            />
          </div>
        ) : null}
        {ready ? (
          <ReportSheet text={draft.text} annex={generated.annex} source={meta.source[lang]} mark={mark} wording={wording} draft={draft} issued={issued} />
        ) : (
          <PanelLoading height={600} />
        )}
      </Panel>
      <div className="no-print">
        <DraftsList state={state} currentKey={draftKey(doc.unit.code, period, lang)} />
        {aside}
      </div>
    </div>
  );
}

import { useMemo, type ReactNode } from 'react';
import type { Catalogue, Meta, UnitDocument } from '@/api/contract';
import { isMoney } from '@/domain/indicators';
import { buildReport, type ReportInput } from '@/domain/report/document';
import type { ReportRequest } from '@/domain/report/requests';
import type { Wording } from '@/domain/report/wording';
import type { UnitProgress } from '@/domain/unit-progress';
import { serializeSelection, type PeriodSelection } from '@/domain/periods';
import { formatDate, formatDateTime, formatPeriod } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { Panel, PanelLoading } from '@/ui/panel';
import { ReportActions } from './report-actions';
import { summaryChildren, summaryEarlier, summaryFromParts, summaryNow, summaryPlan, type SummaryPlan } from './report-input';
import { ReportSheet } from './report-sheet';
import { useReportDraft } from './use-report-draft';

interface Props {
  /** What the notice says, gathered from its sources, without the progress summary (`noticeInput`); null while they are on their way. */
  input: ReportInput | null;
  /** The period of that input (serialised): the notice's draft belongs to it. */
  period: string;
  wording: Wording;
  doc: UnitDocument;
  catalogue: Catalogue;
  meta: Meta;
  /** The inspection's date and the period it looked at, when that is not the period chosen. */
  inspected: { date: string; period: PeriodSelection } | null;
  issued: { number: string; requests: ReportRequest[] } | null;
  /** Why the notes are missing, when they failed to load. */
  notesFailure: ReactNode;
}

/**
 * The notice's panel: the unit's progress summary added to the input, in parts (the unit now, the
 * unit a quarter earlier, the children and the sentences), then the notice built from it, each in a
 * render of its own (components apart from the one that gathers the input, so that React can yield
 * to the browser between them), with its draft and exports.
 */
export function ReportPanel(props: Props) {
  const { input, doc, catalogue, meta } = props;
  const plan = useMemo(() => (input ? summaryPlan(doc, catalogue, meta, input.period) : null), [input, doc, catalogue, meta]);
  const now = useMemo(() => (plan ? summaryNow(plan) : null), [plan]);
  return <SummaryEarlier {...props} plan={plan} now={now} />;
}

interface SummaryProps extends Props {
  plan: SummaryPlan | null;
  now: UnitProgress | null;
}

function SummaryEarlier(props: SummaryProps) {
  const { plan } = props;
  const previous = useMemo(() => (plan ? summaryEarlier(plan) : null), [plan]);
  return <SummaryAssembled {...props} previous={previous} />;
}

function SummaryAssembled({ plan, now, previous, ...props }: SummaryProps & { previous: UnitProgress | null }) {
  const { input, wording } = props;
  const withProgress = useMemo(() => {
    if (!input) return null;
    const summary = plan && now ? summaryFromParts(wording, plan, { progress: now, previous }, summaryChildren(plan)) : null;
    return { ...input, summary };
  }, [input, wording, plan, now, previous]);
  return <ReportNotice {...props} input={withProgress} />;
}

function ReportNotice({ input, period, wording, doc, catalogue, meta, inspected, issued, notesFailure }: Props) {
  const { t, lang } = useI18n();
  const generated = useMemo(() => (input ? buildReport(wording, input) : null), [wording, input]);
  const draft = useReportDraft({ unit: doc.unit.code, unitName: doc.unit.name, period, lang }, generated);
  const mark = meta.demo ? t('app.demoBadge') : undefined;
  const moneyUnits = [...new Set(catalogue.indicators.filter(isMoney).map((i) => i.unitOfMeasure[lang]))];

  return (
    <Panel
      id="report"
      title={t('report.ui.title')}
      dataDate={formatDate(meta.dataDate, lang)}
      actions={
        <ReportActions
          text={draft.text}
          annex={generated?.annex ?? null}
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
      <p className="report-status no-print" role="status">
        {draft.draft ? t('report.ui.draftSaved', { time: formatDateTime(new Date(draft.draft.savedAt), lang) }) : t('report.ui.draftNone')}
      </p>
      {draft.storageFailed && (
        <p className="report-warning no-print" role="alert">
          {t('report.ui.draftStorageFailed')}
        </p>
      )}
      {draft.damaged && <p className="report-warning no-print">{t('report.ui.draftDamaged')}</p>}
      {notesFailure}
      {generated && draft.text ? (
        <>
          {/* With the notice, not before it: nothing above the notice moves down when it arrives. */}
          {inspected && (
            <p className="report-hint no-print" data-notice-period={serializeSelection(inspected.period)}>
              {t('report.ui.inspectionPeriod', { date: formatDate(inspected.date, lang), period: formatPeriod(inspected.period, lang) })}
            </p>
          )}
          <ReportSheet text={draft.text} annex={generated.annex} source={meta.source[lang]} mark={mark} wording={wording} draft={draft} issued={issued} />
        </>
      ) : (
        <PanelLoading height={600} />
      )}
    </Panel>
  );
}

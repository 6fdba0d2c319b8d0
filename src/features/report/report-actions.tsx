import { useState } from 'react';
import type { Annex } from '@/domain/report/annex';
import type { ReportText } from '@/domain/report/document';
import { requestLine } from '@/domain/report/requests';
import type { Wording } from '@/domain/report/wording';
import { useI18n } from '@/i18n/i18n-context';
import { MIME } from '@/ui/save-file';
import { useExport } from '@/ui/use-export';

interface Props {
  /** The notice and its annex; null while they are being built (nothing to export yet). */
  text: ReportText | null;
  annex: Annex | null;
  wording: Wording;
  unitName: string;
  period: string;
  source: string;
  /** "Dữ liệu minh họa" on demo data: in every exported page's header. */
  mark?: string | undefined;
  moneyUnits: readonly string[];
  hasDraft: boolean;
  onResetAll: () => void;
}

/** Exports (DOCX, XLSX annex, print to PDF) and the reset of the draft. The export libraries load on click only. */
export function ReportActions({ text, annex, wording, unitName, period, source, mark, moneyUnits, hasDraft, onResetAll }: Props) {
  const { t } = useI18n();
  const { status, run, failureText } = useExport();
  const [confirming, setConfirming] = useState(false);
  const busy = status.kind === 'busy' ? status.what : null;
  const error = failureText(t('report.ui.exportFailed', { message: status.kind === 'failed' ? status.message : '' }));

  const exportDocx = (text: ReportText, annex: Annex) =>
    run('docx', { unit: unitName, view: 'thong-bao-ket-luan', period, extension: 'docx' }, async () => {
      const { renderDocx } = await import('./export-docx');
      const title = `${text.fields.title} – ${text.fields.subtitle}`;
      const bytes = await renderDocx({ text, annex, requestLines: text.requests.map((r) => requestLine(wording, r)), title, source, mark });
      return new Blob([bytes as BlobPart], { type: MIME.docx });
    });
  const exportXlsx = (annex: Annex) =>
    run('xlsx', { unit: unitName, view: 'thong-bao-ket-luan-phu-luc', period, extension: 'xlsx' }, async () => {
      const { renderXlsx } = await import('./export-xlsx');
      const bytes = await renderXlsx({ annex, sheetName: annex.title, source, moneyUnits });
      return new Blob([bytes as BlobPart], { type: MIME.xlsx });
    });

  return (
    <div className="report-actions no-print">
      <button
        type="button"
        className="button button--primary"
        disabled={busy !== null || !text || !annex}
        onClick={() => text && annex && void exportDocx(text, annex)}
      >
        {busy === 'docx' ? t('report.ui.exporting') : t('report.ui.exportDocx')}
      </button>
      <button type="button" className="button" disabled={busy !== null || !annex} onClick={() => annex && void exportXlsx(annex)}>
        {busy === 'xlsx' ? t('report.ui.exporting') : t('report.ui.exportXlsx')}
      </button>
      <button type="button" className="button" onClick={() => window.print()}>
        {t('report.ui.print')}
      </button>
      {hasDraft &&
        (confirming ? (
          <>
            <button type="button" className="button button--danger" onClick={() => (setConfirming(false), onResetAll())}>
              {t('report.ui.resetConfirm')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('report.ui.cancel')}
            </button>
          </>
        ) : (
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            {t('report.ui.resetAll')}
          </button>
        ))}
      {error && (
        <p className="report-actions__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

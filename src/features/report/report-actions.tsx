import { useState } from 'react';
import type { Annex } from '@/domain/report/annex';
import type { ReportText } from '@/domain/report/document';
import { requestLine } from '@/domain/report/requests';
import type { Wording } from '@/domain/report/wording';
import { useI18n } from '@/i18n/i18n-context';
import { fileStem, MIME, saveFile } from './download';

interface Props {
  text: ReportText;
  annex: Annex;
  wording: Wording;
  unitCode: string;
  period: string;
  source: string;
  /** "Dữ liệu minh họa" on demo data: in every exported page's header. */
  mark?: string | undefined;
  moneyUnits: readonly string[];
  hasDraft: boolean;
  onResetAll: () => void;
}

/** Exports (DOCX, XLSX annex, print to PDF) and the reset of the draft. The export libraries load on click only. */
export function ReportActions({ text, annex, wording, unitCode, period, source, mark, moneyUnits, hasDraft, onResetAll }: Props) {
  const { t } = useI18n();
  const [busy, setBusy] = useState<'docx' | 'xlsx' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const stem = fileStem(unitCode, period);

  const run = async (kind: 'docx' | 'xlsx') => {
    setBusy(kind);
    setError(null);
    try {
      if (kind === 'docx') {
        const { renderDocx } = await import('./export-docx');
        const title = `${text.fields.title} – ${text.fields.subtitle}`;
        const bytes = await renderDocx({ text, annex, requestLines: text.requests.map((r) => requestLine(wording, r)), title, source, mark });
        saveFile(bytes, `${stem}.docx`, MIME.docx);
      } else {
        const { renderXlsx } = await import('./export-xlsx');
        const bytes = await renderXlsx({ annex, sheetName: annex.title, source, moneyUnits });
        saveFile(bytes, `${stem}-phu-luc.xlsx`, MIME.xlsx);
      }
    } catch (e) {
      setError(t('report.ui.exportFailed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="report-actions no-print">
      <button type="button" className="button button--primary" disabled={busy !== null} onClick={() => void run('docx')}>
        {busy === 'docx' ? t('report.ui.exporting') : t('report.ui.exportDocx')}
      </button>
      <button type="button" className="button" disabled={busy !== null} onClick={() => void run('xlsx')}>
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

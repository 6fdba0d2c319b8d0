import { requestLine, type ReportRequest } from '@/domain/report/requests';
import type { Wording } from '@/domain/report/wording';
import { useI18n } from '@/i18n/i18n-context';
import { rowsFor } from './editable-text';

interface Props {
  requests: readonly ReportRequest[];
  wording: Wording;
  edited: boolean;
  onChange: (requests: ReportRequest[]) => void;
  onReset: () => void;
  /** Requests of an issued conclusion the user may take over, with its number. */
  issued: { number: string; requests: ReportRequest[] } | null;
}

const newId = () => `user-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The requests of the notice: edit the addressee, the text and the deadline; delete; add. */
export function RequestsEditor({ requests, wording, edited, onChange, onReset, issued }: Props) {
  const { t } = useI18n();
  const update = (index: number, patch: Partial<ReportRequest>) => onChange(requests.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <div className={`report-requests${edited ? ' report-field--edited' : ''}`}>
      {requests.length === 0 && <p className="report-requests__empty no-print">{t('report.requests.empty')}</p>}
      <ol className="report-requests__list">
        {requests.map((r, i) => {
          const n = i + 1;
          return (
            <li key={r.id} className="report-request">
              <fieldset className="report-request__edit">
                <legend className="report-request__legend">{t('report.requests.number', { n })}</legend>
                <label>
                  <span>{t('report.requests.to')}</span>
                  <input type="text" value={r.to} onChange={(e) => update(i, { to: e.target.value })} />
                </label>
                <label>
                  <span>{t('report.requests.text')}</span>
                  <textarea value={r.text} rows={rowsFor(r.text)} onChange={(e) => update(i, { text: e.target.value })} />
                </label>
                <div className="report-request__row">
                  <label>
                    <span>{t('report.requests.deadline')}</span>
                    <input
                      type="date"
                      value={r.deadline ?? ''}
                      onChange={(e) => update(i, { deadline: ISO_DATE.test(e.target.value) ? e.target.value : null })}
                    />
                  </label>
                  <button type="button" className="button" onClick={() => onChange(requests.filter((_, j) => j !== i))}>
                    {t('report.requests.delete', { n })}
                  </button>
                </div>
              </fieldset>
              <p className="report-field__print">{requestLine(wording, r)}</p>
            </li>
          );
        })}
      </ol>
      <div className="report-requests__actions no-print">
        <button type="button" className="button" onClick={() => onChange([...requests, { id: newId(), to: '', text: '', deadline: null }])}>
          {t('report.requests.add')}
        </button>
        {edited && (
          <button type="button" className="button" onClick={onReset}>
            {t('report.requests.reset')}
          </button>
        )}
        {issued && issued.requests.length > 0 && (
          <button type="button" className="button" onClick={() => onChange(issued.requests.map((r) => ({ ...r })))}>
            {t('report.requests.fromConclusion', { number: issued.number })}
          </button>
        )}
      </div>
    </div>
  );
}

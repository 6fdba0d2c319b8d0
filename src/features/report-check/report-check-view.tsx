/** "Kiểm tra tệp báo cáo": drop filled workbooks, see every problem located to the cell, before sending. */
import { useId, useState, type DragEvent } from 'react';
import type { Catalogue, Meta } from '@/api/contract';
import type { LocatedProblem } from '@/domain/report-template/problems';
import { formatNumber } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { Panel } from '@/ui/panel';
import { useFileChecks, type CheckStep, type FileEntry } from './use-file-checks';
import './report-check.css';

const STEP_VALUE: Record<CheckStep, number> = { queued: 0, reading: 1, checking: 2, done: 3 };

function ProblemList({ problems }: { problems: LocatedProblem[] }) {
  const { t, lang } = useI18n();
  return (
    <ul className="report-check__problems">
      {problems.map((p, i) => (
        <li key={i}>
          <span className="report-check__where">{[p.sheet, p.cell].filter((x) => x !== null).join(' › ') || t('check.wholeFile')}</span>
          {': '}
          {p.message[lang]}
        </li>
      ))}
    </ul>
  );
}

function FileResult({ entry }: { entry: FileEntry }) {
  const { t, lang } = useI18n();
  const { result } = entry;
  const state = entry.step !== 'done' ? 'pending' : entry.error || (result && result.problems.length) ? 'problems' : 'ok';
  return (
    <li className="report-check__file" data-file={entry.name} data-state={state}>
      <h3 className="report-check__name">{entry.name}</h3>
      <progress max={3} value={STEP_VALUE[entry.step]} aria-label={t('check.progress', { file: entry.name })} />
      <span className="report-check__step">{t(`check.step.${entry.step}`)}</span>
      {result?.unit && result.period && <p className="report-check__identity">{t('check.identity', { unit: result.unit, period: result.period })}</p>}
      {result?.withoutUnitList && (
        <p className="report-check__note" data-without-unit-list="">
          {t('check.withoutUnitList')}
        </p>
      )}
      {entry.error && <p role="alert">{t('check.failed', { message: entry.error })}</p>}
      {result && result.problems.length > 0 && (
        <div role="alert">
          <p className="report-check__verdict report-check__verdict--bad">{t('check.problems', { count: formatNumber(result.problems.length, lang) })}</p>
          <ProblemList problems={result.problems} />
        </div>
      )}
      {result && result.problems.length === 0 && (
        <p role="status" className="report-check__verdict report-check__verdict--ok">
          {result.reported > 0 ? t('check.ok', { count: formatNumber(result.reported, lang) }) : t('check.okEmpty')}
        </p>
      )}
    </li>
  );
}

export function ReportCheckView({ catalogue, meta }: { catalogue: Catalogue; meta: Meta }) {
  const { t } = useI18n();
  const { entries, add } = useFileChecks(catalogue, meta);
  const [over, setOver] = useState(false);
  const inputId = useId();
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    add([...e.dataTransfer.files]);
  };
  return (
    <Panel title={t('check.title')} id="report-check">
      <p className="report-check__intro">{t('check.intro')}</p>
      <div
        className={`report-check__drop${over ? ' report-check__drop--over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <span>{t('check.drop')} </span>
        <label htmlFor={inputId} className="button button--primary">
          {t('check.choose')}
        </label>
        <input
          id={inputId}
          className="report-check__input"
          type="file"
          multiple
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          onChange={(e) => {
            add([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
      </div>
      {entries.length > 0 && (
        <section aria-label={t('check.files')}>
          <ul className="report-check__files">
            {entries.map((entry) => (
              <FileResult key={entry.id} entry={entry} />
            ))}
          </ul>
        </section>
      )}
    </Panel>
  );
}

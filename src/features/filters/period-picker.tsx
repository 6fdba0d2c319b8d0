import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { defaultPhaseFor, isSnappedRange, serializeSelection, type PeriodSelection } from '@/domain/periods';
import { phaseYears, type Phase } from '@/domain/phases';
import { hrefWith, type ViewState } from '@/domain/view-state';
import { formatPeriod } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';

type Kind = PeriodSelection['kind'];

/** The years of the declared phases, and the year offered first: the latest whole year with data. */
function yearChoices(phases: readonly Phase[], axis: readonly string[]): { years: number[]; initial: number } {
  const first = Math.min(...phases.map((p) => phaseYears(p).first));
  const last = Math.max(...phases.map((p) => phaseYears(p).last));
  const years = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
  const whole = axis.filter((q) => q.endsWith('Q4'));
  const latest = whole[whole.length - 1] ?? axis[axis.length - 1];
  return { years, initial: latest ? Number(latest.slice(0, 4)) : last };
}

function defaultsFor(kind: Kind, current: PeriodSelection, initialYear: number): PeriodSelection {
  const year = 'year' in current ? current.year : initialYear;
  switch (kind) {
    case 'quarter':
      return { kind, year, quarter: 1 };
    case 'half':
      return { kind, year, half: 1 };
    case 'year':
      return { kind, year };
    case 'phase':
      return { kind };
    case 'range':
      return { kind, from: { year: 2022, month: 1 }, to: { year: 2023, month: 5 } };
  }
}

const toMonthInput = (ym: { year: number; month: number }) => `${ym.year}-${String(ym.month).padStart(2, '0')}`;
const fromMonthInput = (v: string) => {
  const [y, m] = v.split('-').map(Number);
  return y && m ? { year: y, month: m } : null;
};

interface PeriodPickerProps {
  /** The view state, its period resolved against the phases. */
  state: ViewState;
  /** The dataset's phases (meta.phases) and quarter axis (meta.quarters). */
  phases: readonly Phase[];
  axis: readonly string[];
}

/** Chooses a quarter, a half-year, a year, a declared phase or a month range; the choice goes into the URL. */
export function PeriodPicker({ state, phases, axis }: PeriodPickerProps) {
  const { t, lang } = useI18n();
  const { years, initial } = yearChoices(phases, axis);
  const monthMin = phases[0]?.start.slice(0, 7);
  const monthMax = phases[phases.length - 1]?.end.slice(0, 7);
  const defaultCode = defaultPhaseFor(phases, axis)?.code;
  const navigate = useNavigate();
  const id = useId();
  const [draft, setDraft] = useState<PeriodSelection>(state.period);
  const go = (period: PeriodSelection) => void navigate(hrefWith(state, { period }));
  const change = (period: PeriodSelection, immediate: boolean) => {
    setDraft(period);
    if (immediate) go(period);
  };
  const submitRange = (e: FormEvent) => {
    e.preventDefault();
    go(draft);
  };
  const kinds: Kind[] = ['quarter', 'half', 'year', 'phase', 'range'];
  return (
    <form className="period-picker" onSubmit={submitRange} aria-label={t('period.picker')}>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('period.label')}</label>
        <select id={`${id}-kind`} value={draft.kind} onChange={(e) => change(defaultsFor(e.target.value as Kind, draft, initial), e.target.value !== 'range')}>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`period.${k}`)}
            </option>
          ))}
        </select>
      </div>
      {'year' in draft && (
        <div className="field">
          <label htmlFor={`${id}-year`}>{t('period.year')}</label>
          <select id={`${id}-year`} value={draft.year} onChange={(e) => change({ ...draft, year: Number(e.target.value) }, true)}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      )}
      {draft.kind === 'phase' && phases.length > 1 && (
        <div className="field">
          <label htmlFor={`${id}-phase`}>{t('period.phase')}</label>
          <select
            id={`${id}-phase`}
            value={draft.phase?.code ?? defaultCode}
            onChange={(e) => change(e.target.value === defaultCode ? { kind: 'phase' } : { kind: 'phase', code: e.target.value }, true)}
          >
            {phases.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name[lang]}
              </option>
            ))}
          </select>
        </div>
      )}
      {draft.kind === 'quarter' && (
        <div className="field">
          <label htmlFor={`${id}-q`}>{t('period.quarter')}</label>
          <select id={`${id}-q`} value={draft.quarter} onChange={(e) => change({ ...draft, quarter: Number(e.target.value) as 1 | 2 | 3 | 4 }, true)}>
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={q}>
                {formatPeriod({ kind: 'quarter', year: draft.year, quarter: q as 1 }, lang)}
              </option>
            ))}
          </select>
        </div>
      )}
      {draft.kind === 'half' && (
        <div className="field">
          <label htmlFor={`${id}-h`}>{t('period.half')}</label>
          <select id={`${id}-h`} value={draft.half} onChange={(e) => change({ ...draft, half: Number(e.target.value) as 1 | 2 }, true)}>
            {[1, 2].map((h) => (
              <option key={h} value={h}>
                {formatPeriod({ kind: 'half', year: draft.year, half: h as 1 }, lang)}
              </option>
            ))}
          </select>
        </div>
      )}
      {draft.kind === 'range' && (
        <>
          <div className="field">
            <label htmlFor={`${id}-from`}>{t('period.from')}</label>
            <input
              id={`${id}-from`}
              type="month"
              min={monthMin}
              max={monthMax}
              value={toMonthInput(draft.from)}
              onChange={(e) => {
                const from = fromMonthInput(e.target.value);
                if (from) setDraft({ ...draft, from });
              }}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>{t('period.to')}</label>
            <input
              id={`${id}-to`}
              type="month"
              min={monthMin}
              max={monthMax}
              value={toMonthInput(draft.to)}
              onChange={(e) => {
                const to = fromMonthInput(e.target.value);
                if (to) setDraft({ ...draft, to });
              }}
            />
          </div>
          <button type="submit" className="button">
            {t('period.apply')}
          </button>
        </>
      )}
      {/* A month range is counted in whole quarters: what it will cover shows before it is applied. */}
      {draft.kind === 'range' && isSnappedRange(draft) ? (
        <p className="period-picker__note" role="status">
          {serializeSelection(draft) === serializeSelection(state.period)
            ? formatPeriod(draft, lang)
            : t('period.preview', { period: formatPeriod(draft, lang) })}
        </p>
      ) : (
        isSnappedRange(state.period) && <p className="period-picker__note">{formatPeriod(state.period, lang)}</p>
      )}
    </form>
  );
}

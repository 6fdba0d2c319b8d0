import type { ReactNode } from 'react';
import type { Indicator } from '@/domain/indicators';
import type { Assessed } from '@/domain/progress-assess';
import { PROGRESS_CONFIG } from '@/domain/progress-config';
import { formatDate, formatNumber, formatPercent } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { CompletenessLevel } from '@/ui/completeness-level';
import { formatScore, statusKey } from '@/ui/status-text';

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The numbers behind a status: B, V, T, dates, time, observed and required rates, R, band, score, formula. */
export function StatusExplanation({ assessment: a, indicator }: { assessment: Assessed; indicator: Indicator }) {
  const { t, lang } = useI18n();
  const num = (v: number) => formatNumber(v, lang, indicator.decimals);
  const pct = (v: number, d = 1) => formatPercent(v, lang, d);
  const m = a.measured;
  const bands = PROGRESS_CONFIG.bands;
  const rows: ReactNode[] = [];
  if (a.method === 'pace') {
    rows.push(
      <Row key="b" term={t('progress.explain.base')}>
        {t('progress.explain.baseAtDate', { value: num(a.base), date: formatDate(a.baseDate, lang) })}
      </Row>,
      <Row key="v" term={t(a.cumulative ? 'progress.explain.valueCumulative' : 'progress.explain.valueLevel', { date: formatDate(a.valueDate, lang) })}>
        {num(a.value)} {indicator.unitOfMeasure[lang]}
      </Row>,
      <Row key="t" term={t('progress.explain.target', { date: formatDate(a.targetDate, lang) })}>
        {num(a.target)}
      </Row>,
      <Row key="time" term={t('progress.explain.time')}>
        {t('progress.explain.timeValue', { elapsed: formatNumber(a.elapsedYears, lang, 2), total: formatNumber(a.totalYears, lang, 2) })}
      </Row>,
      <Row key="o" term={t('progress.explain.observedPace')}>
        {t('progress.explain.perYear', { value: formatNumber(m.observed, lang, 1) })}
      </Row>,
      <Row key="r" term={t('progress.explain.requiredPace')}>
        {t('progress.explain.perYear', { value: formatNumber(m.required, lang, 1) })}
      </Row>,
    );
  } else {
    const years = a.valueYear - a.baseYear;
    rows.push(
      <Row key="b" term={t('progress.explain.base')}>
        {t('progress.explain.baseInYear', { value: num(a.base), year: a.baseYear })}
      </Row>,
      <Row key="v" term={t('progress.explain.valueYear', { year: a.valueYear })}>
        {num(a.value)} {indicator.unitOfMeasure[lang]}
      </Row>,
      <Row
        key="t"
        term={
          a.requiredRate !== null
            ? t('progress.explain.targetImplied', { rate: pct(a.requiredRate), year: a.targetYear })
            : t('progress.explain.targetYear', { year: a.targetYear })
        }
      >
        {formatNumber(a.target, lang, a.requiredRate !== null ? 1 : indicator.decimals)}
      </Row>,
      <Row key="time" term={t('progress.explain.time')}>
        {t('progress.explain.timeValue', { elapsed: formatNumber(years, lang), total: formatNumber(a.targetYear - a.baseYear, lang) })}
      </Row>,
      <Row key="o" term={t('progress.explain.observedGrowth', { years })}>
        {pct(m.observed, 2)}
      </Row>,
      <Row
        key="r"
        term={a.requiredRate !== null ? t('progress.explain.requiredRate') : t('progress.explain.requiredGrowth', { years: a.targetYear - a.baseYear })}
      >
        {pct(m.required, 2)}
      </Row>,
    );
  }
  const incomplete = a.completeness.reported < a.completeness.expected;
  return (
    <>
      <p className="status-popover__method">{t(a.method === 'pace' ? 'progress.explain.method.pace' : 'progress.explain.method.growth')}</p>
      <dl className="status-popover__facts">
        {rows}
        <Row term={t('progress.explain.ratio')}>{m.ratio === null ? t('progress.explain.noRatio') : pct(m.ratio)}</Row>
        <Row term={t('progress.explain.band')}>
          <strong>{t(statusKey(a))}</strong>
        </Row>
        <Row term={t('progress.explain.score')}>{formatScore(m.score, lang)}</Row>
        {a.achievement !== null && <Row term={t('progress.explain.achievement')}>{pct(a.achievement)}</Row>}
        {a.completeness.expected > 0 && (
          <Row term={t('progress.explain.reports')}>
            {formatNumber(a.completeness.reported, lang)}/{formatNumber(a.completeness.expected, lang)}
            <CompletenessLevel completeness={a.completeness} />
          </Row>
        )}
      </dl>
      <p className="status-popover__formula">{t(a.method === 'pace' ? 'progress.explain.formulaPace' : 'progress.explain.formulaGrowth')}</p>
      <p className="status-popover__note">{t('progress.explain.bands', { onTrack: pct(bands.onTrack, 0), accelerate: pct(bands.accelerate, 0) })}</p>
      {!a.baseGiven && <p className="status-popover__note">{t(a.method === 'pace' ? 'progress.explain.baseAssumed' : 'progress.explain.baseFirstYear')}</p>}
      {a.direction === 'lower' && <p className="status-popover__note">{t('progress.explain.lowerIsBetter')}</p>}
      {a.method === 'growth' && a.measured.substituted.length > 0 && (
        <p className="status-popover__note">{t('progress.explain.zero', { zero: formatNumber(PROGRESS_CONFIG.zeroSubstitute, lang, 3) })}</p>
      )}
      {incomplete && <p className="status-popover__note status-popover__warn">{t('progress.explain.incomplete')}</p>}
    </>
  );
}

import { Link } from 'react-router';
import type { Headline } from '@/domain/headline';
import type { SummarySentence } from '@/domain/headline-summary';
import { BANDS, type Band } from '@/domain/progress';
import type { IndicatorProgress } from '@/domain/unit-progress';
import { drillTo, hrefWith, type ViewState } from '@/domain/view-state';
import { formatNumber, formatQuarterKey } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { Panel } from '@/ui/panel';
import { SummaryList } from '@/ui/summary-list';
import { leaveLink } from '@/ui/leave-link';

interface Props {
  headline: Headline;
  summary: readonly SummarySentence[];
  state: ViewState;
  dataDate: string;
}

/** Leadership's first look: status counts toward the phase target, the summary, the units below that lag, a quarter's changes. */
export function HeadlinePanel({ headline, summary, state, dataDate }: Props) {
  const { t, lang } = useI18n();
  const { progress, worst, improved, worsened } = headline;
  const progressHref = hrefWith(state, { view: 'progress' });
  const band = (b: Band) => t(`progress.band.${b}`);
  const changeGroups = [
    { key: 'headline.improved' as const, list: improved },
    { key: 'headline.worsened' as const, list: worsened },
  ].filter((g) => g.list.length > 0);
  const pullingText = (p: IndicatorProgress) =>
    p.assessment.kind === 'assessed' ? `${p.indicator.name[lang]} (${band(p.assessment.measured.band).toLocaleLowerCase(lang)})` : p.indicator.name[lang];
  return (
    <Panel id="headline" title={t('headline.title')} dataDate={dataDate}>
      {headline.asOf && <p className="headline__as-of">{t('headline.asOf', { quarter: formatQuarterKey(headline.asOf, lang) })}</p>}
      {progress.withTarget > 0 && (
        <ul className="headline__bands" aria-label={t('headline.bandCounts')}>
          {BANDS.map((b) => (
            <li key={b}>
              <Link
                to={progressHref}
                className={`headline__band status status--${b}`}
                data-band={b}
                aria-label={t('headline.bandLink', { band: band(b), count: progress.bands[b] })}
              >
                <span className="headline__count">{formatNumber(progress.bands[b], lang)}</span> {band(b)}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {progress.withTarget > 0 && <p className="headline__key">{t('legend.bands')}</p>}
      <div className="headline__grid">
        <section aria-labelledby="headline-summary">
          <h3 id="headline-summary" className="headline__subtitle">
            {t('headline.summary')}
          </h3>
          <SummaryList sentences={summary} idPrefix="headline" />
        </section>
        {worst.length > 0 && (
          <section aria-labelledby="headline-worst">
            <h3 id="headline-worst" className="headline__subtitle">
              {t('headline.worst')}
            </h3>
            <ol className="headline__worst">
              {worst.map((row) => (
                <li key={row.code}>
                  <Link to={drillTo(state, row.code)} onClick={leaveLink}>
                    {row.name}
                  </Link>{' '}
                  <span className="muted">({t('headline.worstScore', { score: formatNumber(row.progress.score ?? 0, lang, 1) })})</span>
                  <br />
                  <span className="headline__pulling">{t('headline.pulling', { names: row.pulling.map(pullingText).join('; ') })}</span>
                </li>
              ))}
            </ol>
          </section>
        )}
        {headline.previousQuarter && progress.assessed > 0 && (
          <section aria-labelledby="headline-changes">
            <h3 id="headline-changes" className="headline__subtitle">
              {t('headline.changes', { quarter: formatQuarterKey(headline.previousQuarter, lang) })}
            </h3>
            {improved.length + worsened.length === 0 ? (
              <p>{t('headline.noChange')}</p>
            ) : (
              <dl className="headline__changes">
                {changeGroups.map(({ key, list }) => (
                  <div key={key}>
                    <dt>{t(key)}</dt>
                    {list.map((c) => (
                      <dd key={c.indicator.code}>
                        {c.indicator.name[lang]}: {band(c.from)} → {band(c.to)}
                      </dd>
                    ))}
                  </div>
                ))}
              </dl>
            )}
          </section>
        )}
      </div>
      <p className="headline__more">
        <Link to={progressHref}>{t('headline.openProgress')}</Link>
      </p>
    </Panel>
  );
}

import { Link } from 'react-router';
import type { KpiCard as Card } from '@/domain/kpi';
import { formatCell, formatNumber, formatPercent } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { NOTE_TEXT, noteId, protectionNote } from './protection-notes';
import { CompletenessLevel } from '@/ui/completeness-level';
import { countedYearText, targetText } from '@/ui/comparison-text';

interface Props {
  card: Card;
  href: string;
  reporterNoun: string;
}

export function KpiCard({ card, href, reporterNoun }: Props) {
  const { t, lang } = useI18n();
  const { indicator, figure, target, achievement, comparison } = card;
  const countedYear = countedYearText(comparison, indicator, { t, lang });
  const unitText = indicator.unitOfMeasure[lang];
  const name = indicator.name[lang];
  let valueText: string;
  if (card.status === 'withheld') valueText = t(card.withheldReason === 'period' ? 'suppression.byYearOnly' : 'value.withheld');
  else if (card.status === 'not_applicable' || !figure) valueText = t('value.notApplicable');
  else valueText = formatCell(figure.value, lang, indicator.decimals, t('value.notReported'));
  const numeric = figure && typeof figure.value === 'number';
  const state = achievement?.met === true ? 'met' : achievement?.met === false ? 'behind' : 'none';
  // Hidden or unpublished figures point to the footnote that says why (and repeat it as a tooltip).
  const note = protectionNote(card);
  const explained = note ? { title: t(NOTE_TEXT[note]), 'aria-describedby': noteId(note) } : {};
  return (
    <article className={`kpi kpi--${state}`} aria-label={name}>
      <h3 className="kpi__name">
        <Link to={href}>{name}</Link>
      </h3>
      <p className="kpi__value">
        <span className={numeric ? 'kpi__number' : 'kpi__missing'} {...(numeric ? {} : explained)}>
          {valueText}
        </span>
        {numeric && <span className="kpi__unit"> {unitText}</span>}
      </p>
      {card.status === 'ok' && (
        <dl className="kpi__facts">
          <div>
            <dt>{t('kpi.target')}</dt>
            <dd {...(target === 'suppressed' ? explained : {})}>{targetText(comparison, indicator, { t, lang })}</dd>
          </div>
          {countedYear && (
            <div>
              <dt>{t('comparison.compared')}</dt>
              <dd>{countedYear}</dd>
            </div>
          )}
          {achievement?.ratio != null && (
            <div>
              <dt>{t('kpi.achieved')}</dt>
              <dd>
                {formatPercent(achievement.ratio, lang)}
                {indicator.direction === 'lower' && <span className="kpi__hint"> {t('kpi.lowerIsBetter')}</span>}
              </dd>
            </div>
          )}
          {card.change !== null && (
            <div>
              <dt>{t('kpi.change')}</dt>
              <dd>
                {card.change > 0 ? '+' : ''}
                {formatNumber(card.change, lang, indicator.decimals)}
              </dd>
            </div>
          )}
          {figure && figure.expected > 0 && (
            <div>
              <dt>{t('kpi.reports')}</dt>
              <dd>
                {t(indicator.kind === 'rate' ? 'completeness.reportsBoth' : indicator.kind === 'stock' ? 'completeness.reports' : 'completeness.reportsRange', {
                  reported: formatNumber(figure.reported, lang),
                  expected: formatNumber(figure.expected, lang),
                  unit: reporterNoun,
                })}
                <CompletenessLevel completeness={figure} />
              </dd>
            </div>
          )}
        </dl>
      )}
    </article>
  );
}

/**
 * The headline summary on a slide: the same sentences as the overview's and the notice's annex,
 * read at the end of the deck's period, each with a numbered reference to the figures behind it.
 */
import { unitHeadline } from '@/domain/headline';
import { summarise } from '@/domain/headline-summary';
import { quartersCovered } from '@/domain/report/period-scope';
import { compareVietnamese, formatQuarterKey } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { summaryFacts, summaryText } from '@/i18n/summary-text';
import { SlideFootnote } from '../slide-blocks';
import { useSlideExport } from '../slide-export';
import type { SlideContentProps } from '../slide-types';
import { SlideUnavailable, WithUnit } from './slide-content-common';

function Summary({ props, unit }: { props: SlideContentProps; unit: SlideContentProps['doc'] }) {
  const { t, lang } = useI18n();
  const last = quartersCovered(props.period, props.meta.quarters)?.last;
  const headline = last ? unitHeadline(unit, props.meta, props.catalogue.indicators, props.period, compareVietnamese, last) : null;
  const sentences = headline ? summarise(headline) : [];
  const items = sentences.map((s, i) => ({ n: i + 1, text: summaryText(lang, s), facts: summaryFacts(lang, s) }));
  const asOf = headline?.asOf ? t('headline.asOf', { quarter: formatQuarterKey(headline.asOf, lang) }) : '';
  const sources = items.filter((i) => i.facts).map((i) => `(${i.n}) ${i.facts}`);
  const note = sources.length ? t('present.summary.sources', { sources: sources.join('. ') }) : undefined;
  useSlideExport(
    items.length
      ? { kind: 'text', items: items.map((i) => ({ heading: `${i.n}. ${i.text}`, text: '' })), note: [asOf, note].filter(Boolean).join(' · ') }
      : { kind: 'message', text: t('present.summary.none') },
  );
  if (items.length === 0) return <SlideUnavailable text={t('present.summary.none')} />;
  return (
    <div className="slide-summary">
      <p className="slide-subhead">{asOf}</p>
      <ol className="slide-summary__list">
        {items.map((i) => (
          <li key={i.n}>
            {i.text}
            {i.facts && <sup className="slide-summary__ref">{i.n}</sup>}
          </li>
        ))}
      </ol>
      {note && <SlideFootnote>{note}</SlideFootnote>}
    </div>
  );
}

export function SummarySlide(props: SlideContentProps) {
  return <WithUnit props={props}>{(unit) => <Summary props={props} unit={unit} />}</WithUnit>;
}

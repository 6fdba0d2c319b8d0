import type { SummarySentence } from '@/domain/headline-summary';
import { useI18n } from '@/i18n/i18n-context';
import { summaryFacts, summaryText } from '@/i18n/summary-text';
import './summary-list.css';

/**
 * The summary sentences, each with a numbered reference to the footnote that lists the numbers it
 * was written from (reachable by keyboard and named for screen readers).
 */
export function SummaryList({ sentences, idPrefix }: { sentences: readonly SummarySentence[]; idPrefix: string }) {
  const { t, lang } = useI18n();
  const noteId = (i: number) => `${idPrefix}-src-${i + 1}`;
  return (
    <div className="summary">
      <ul className="summary__sentences">
        {sentences.map((s, i) => (
          <li key={`${s.key}-${i}`}>
            {summaryText(lang, s)}
            {s.facts.length > 0 && (
              <sup>
                <a href={`#${noteId(i)}`} aria-label={t('headline.sourceRef', { n: i + 1 })}>
                  {i + 1}
                </a>
              </sup>
            )}
          </li>
        ))}
      </ul>
      <h4 className="summary__sources-title">{t('headline.sources')}</h4>
      <ol className="summary__sources">
        {sentences.map((s, i) =>
          s.facts.length > 0 ? (
            <li key={`${s.key}-${i}`} id={noteId(i)} value={i + 1}>
              {summaryFacts(lang, s)}.
            </li>
          ) : null,
        )}
      </ol>
    </div>
  );
}

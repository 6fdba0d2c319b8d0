import { Suspense } from 'react';
import type { Catalogue, Meta, UnitDocument } from '@/api/contract';
import { groupByArea } from '@/domain/indicators';
import { buildKpiCards, type KpiCard as KpiCardData } from '@/domain/kpi';
import { levelByKind } from '@/domain/levels';
import { serializeSelection } from '@/domain/periods';
import { hrefWith, type ViewState } from '@/domain/view-state';
import { formatDate, formatPeriod } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { withHeadlineMessages } from '@/i18n/load-view-messages';
import { lazyView } from '@/ui/lazy-view';
import { Panel } from '@/ui/panel';
import { ColourLegend } from './colour-legend';
import { KpiCard } from './kpi-card';
import { rememberedPerDocument } from './per-document';
import { NOTE_TEXT, noteId, protectionNotes } from './protection-notes';
import './overview.css';
// The headline is part of the first screen in the HTML (scripts/prerender): its styles come with the page's
// stylesheet, so the page is not restyled (and does not move) when the headline's code arrives.
import '@/ui/summary-list.css';

const Headline = lazyView(withHeadlineMessages(() => import('./headline-section').then((m) => m.HeadlineSection)));

/**
 * Fetches the overview's code that loads on first use (the headline). A screen drawn once it has
 * arrived shows the headline with the key figures, instead of pushing them down when it arrives.
 */
export const preloadOverview = (): Promise<void> => Headline.preload();

const cardsOf = rememberedPerDocument<KpiCardData[]>();

interface Props {
  doc: UnitDocument;
  catalogue: Catalogue;
  meta: Meta;
  state: ViewState;
}

/** The headline, then the key figures of the current unit grouped by content area (indicators not reported at its level left out). */
export function OverviewPanel({ doc, catalogue, meta, state }: Props) {
  const { t, lang } = useI18n();
  const own = doc.figures[doc.unit.code];
  if (!own) return null;
  const all = cardsOf(doc, [catalogue, meta, serializeSelection(state.period)], () =>
    buildKpiCards({ indicators: catalogue.indicators, unit: own, axis: meta.quarters, period: state.period }),
  );
  const cards = all.filter((c) => c.status !== 'not_applicable');
  const notApplicable = all.length - cards.length;
  const notes = protectionNotes(cards);
  const dataDate = formatDate(meta.dataDate, lang);
  return (
    <>
      <Suspense fallback={null}>
        <Headline doc={doc} catalogue={catalogue} meta={meta} state={state} dataDate={dataDate} />
      </Suspense>
      <Panel id="key-figures" title={t('unit.keyFigures')} dataDate={dataDate}>
        {/* What the figures hold: a month range is counted in whole quarters, and says so. */}
        <p className="kpi-period">
          {t('period.label')}: {formatPeriod(state.period, lang)}
        </p>
        <ColourLegend />
        {groupByArea(cards, catalogue.areas).map((group) => (
          <section key={group.area.code} className="kpi-group" aria-label={group.area.name[lang]}>
            <h3 className="kpi-group__title">{group.area.name[lang]}</h3>
            <div className="kpi-grid">
              {group.cards.map((card) => (
                <KpiCard
                  key={card.indicator.code}
                  card={card}
                  reporterNoun={levelByKind(meta.levels, card.indicator.reportKind)?.plural[lang] ?? ''}
                  href={hrefWith(state, { indicator: card.indicator.code, view: 'charts' })}
                />
              ))}
            </div>
          </section>
        ))}
        {notApplicable > 0 && <p className="kpi-omitted">{t('unit.notApplicableOmitted', { count: notApplicable })}</p>}
        {notes.length > 0 && (
          <ul className="kpi-notes" aria-label={t('suppression.notesTitle')}>
            {notes.map((note) => (
              <li key={note} id={noteId(note)}>
                {note === 'suppressed' && <strong>{t('value.suppressed')}: </strong>}
                {t(NOTE_TEXT[note])}
              </li>
            ))}
          </ul>
        )}
      </Panel>
    </>
  );
}

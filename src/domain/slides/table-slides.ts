/** What the table slides show and export: the lagging units and the latest inspection conclusion with its requests. */
import { excerpt } from '../deck-notes';
import type { LaggingRow } from '../lagging';
import { tableBody, tableSlide, type SlideColumn, type SlideExportBody, type SlideModel, type TableSlideParts } from './slide-body';
import type { SlideWords } from './slide-words';

/** Units listed on the lagging slide; the others are counted in its footnote. */
export const LAGGING_ROWS = 8;

export type LaggingSlideModel = SlideModel<TableSlideParts<{ key: string; cells: string[]; pulling: string[] }>>;

/** The ranked units, worst first, each with the indicators pulling it down; `level` names the units listed. */
export function laggingSlideModel(ranked: readonly LaggingRow[], level: string, w: SlideWords): LaggingSlideModel {
  const { t, lang } = w;
  const shown = ranked.slice(0, LAGGING_ROWS);
  if (shown.length === 0) return { unavailable: t('present.lagging.none') };
  const columns: SlideColumn[] = [
    { label: t('present.lagging.rank'), numeric: true, width: '9%' },
    { label: t('present.lagging.unit'), width: '25%' },
    { label: t('present.lagging.score'), numeric: true, width: '10%' },
    { label: t('present.lagging.pulling'), width: '56%' },
  ];
  const rows = shown.map((r) => {
    const pulling = r.pulling.map((p) => `${p.indicator.name[lang]} (${w.status(p.assessment)})`);
    return { key: r.code, cells: [w.number(r.rank ?? 0), r.name, w.score(r.progress.score ?? 0), pulling.join('; ')], pulling };
  });
  const caption = t('present.lagging.caption', { level });
  const more = ranked.length - shown.length;
  const note = more > 0 ? t('present.lagging.more', { count: w.number(more) }) : caption;
  return tableSlide({ columns, rows, caption, note }, (r) => r.cells);
}

/** An inspection conclusion as the slide reads it (the API's note fits). */
export interface ConclusionLike {
  title: string;
  date: string;
  body: string;
  documentNumber?: string | undefined;
  requests?: readonly { to: string; text: string; deadline?: string | null | undefined; done: boolean }[] | undefined;
}

export type ConclusionsSlideModel<N> = SlideModel<{ latest: N; heading: string; columns: SlideColumn[]; rows: string[][]; more: string | undefined }>;

/** The latest conclusion found (newest first) with its requests, the others counted in the footnote. */
export function conclusionsSlideModel<N extends ConclusionLike>(found: readonly N[], w: SlideWords): ConclusionsSlideModel<N> {
  const { t } = w;
  const latest = found[0];
  if (!latest) return { unavailable: t('present.conclusions.none') };
  const columns: SlideColumn[] = [
    { label: t('notes.request.to'), width: '24%' },
    { label: t('notes.request.text'), width: '50%' },
    { label: t('notes.request.deadline'), width: '13%' },
    { label: t('notes.request.status'), width: '13%' },
  ];
  const rows = (latest.requests ?? []).map((r) => [
    r.to,
    excerpt(r.text, 220),
    r.deadline ? w.date(r.deadline) : t('notes.request.ongoing'),
    t(r.done ? 'notes.request.done' : 'notes.request.open'),
  ]);
  const date = w.date(latest.date);
  const doc = latest.documentNumber ? t('present.conclusions.doc', { number: latest.documentNumber, date }) : t('present.conclusions.docNoNumber', { date });
  const heading = `${latest.title} (${doc})`;
  const more = found.length > 1 ? t('present.conclusions.more', { count: w.number(found.length - 1) }) : undefined;
  const exported: SlideExportBody =
    rows.length === 0
      ? { kind: 'text', items: [{ heading, text: excerpt(latest.body, 600) }], note: more }
      : tableBody(columns, rows, [heading, more].filter(Boolean).join(' '));
  return { unavailable: null, latest, heading, columns, rows, more, exported };
}

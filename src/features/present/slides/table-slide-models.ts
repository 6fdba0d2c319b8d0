/**
 * What the table slides show and export: the lagging units and the latest inspection conclusion
 * with its requests. Pure: the slide bodies (slide-content.tsx, slide-content-notes.tsx) only draw them.
 */
import type { Note } from '@/api/contract';
import { excerpt } from '@/domain/deck-notes';
import type { LaggingRow } from '@/domain/lagging';
import { formatDate, formatNumber } from '@/i18n/format';
import type { I18n } from '@/i18n/i18n-context';
import { formatScore, statusKey } from '@/ui/status-text';
import type { SlideColumn } from '../slide-blocks';
import type { SlideExportBody } from '../slide-export';

/** Units listed on the lagging slide; the others are counted in its footnote. */
export const LAGGING_ROWS = 8;

const tableBody = (columns: readonly SlideColumn[], rows: string[][], note: string | undefined): SlideExportBody => ({
  kind: 'table',
  header: columns.map((c) => c.label),
  numeric: columns.map((c) => c.numeric ?? false),
  rows,
  note,
});

export type LaggingSlideModel =
  | { unavailable: string }
  | {
      unavailable: null;
      columns: SlideColumn[];
      rows: { key: string; cells: string[]; pulling: string[] }[];
      caption: string;
      note: string;
      exported: SlideExportBody;
    };

/** The ranked units, worst first, each with the indicators pulling it down; `level` names the units listed. */
export function laggingSlideModel(ranked: readonly LaggingRow[], level: string, { t, lang }: I18n): LaggingSlideModel {
  const shown = ranked.slice(0, LAGGING_ROWS);
  if (shown.length === 0) return { unavailable: t('present.lagging.none') };
  const columns: SlideColumn[] = [
    { label: t('present.lagging.rank'), numeric: true, width: '9%' },
    { label: t('present.lagging.unit'), width: '25%' },
    { label: t('present.lagging.score'), numeric: true, width: '10%' },
    { label: t('present.lagging.pulling'), width: '56%' },
  ];
  const rows = shown.map((r) => {
    const pulling = r.pulling.map((p) => `${p.indicator.name[lang]} (${t(statusKey(p.assessment))})`);
    return { key: r.code, cells: [formatNumber(r.rank ?? 0, lang), r.name, formatScore(r.progress.score ?? 0, lang), pulling.join('; ')], pulling };
  });
  const caption = t('present.lagging.caption', { level });
  const more = ranked.length - shown.length;
  const note = more > 0 ? t('present.lagging.more', { count: formatNumber(more, lang) }) : caption;
  return {
    unavailable: null,
    columns,
    rows,
    caption,
    note,
    exported: tableBody(
      columns,
      rows.map((r) => r.cells),
      note,
    ),
  };
}

export type ConclusionsSlideModel =
  | { unavailable: string }
  | { unavailable: null; latest: Note; heading: string; columns: SlideColumn[]; rows: string[][]; more: string | undefined; exported: SlideExportBody };

/** The latest conclusion found (newest first) with its requests, the others counted in the footnote. */
export function conclusionsSlideModel(found: readonly Note[], { t, lang }: I18n): ConclusionsSlideModel {
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
    r.deadline ? formatDate(r.deadline, lang) : t('notes.request.ongoing'),
    t(r.done ? 'notes.request.done' : 'notes.request.open'),
  ]);
  const date = formatDate(latest.date, lang);
  const doc = latest.documentNumber ? t('present.conclusions.doc', { number: latest.documentNumber, date }) : t('present.conclusions.docNoNumber', { date });
  const heading = `${latest.title} (${doc})`;
  const more = found.length > 1 ? t('present.conclusions.more', { count: formatNumber(found.length - 1, lang) }) : undefined;
  const exported: SlideExportBody =
    rows.length === 0
      ? { kind: 'text', items: [{ heading, text: excerpt(latest.body, 600) }], note: more }
      : tableBody(columns, rows, [heading, more].filter(Boolean).join(' '));
  return { unavailable: null, latest, heading, columns, rows, more, exported };
}

/**
 * Notes slides: the difficulties units reported about the period, and the conclusions of the
 * inspections that concern the unit (its own, or an inspection above it that visited it) with
 * their requests. Difficulties are shown in full over as many slides as they need; a conclusion's
 * texts are excerpts (its full text is in the notes view).
 */
import { useQueries } from '@tanstack/react-query';
import type { Note, Notes } from '@/api/contract';
import { notesQueryOptions, useNotes } from '@/api/get-notes';
import { deckConclusions, excerpt } from '@/domain/deck-notes';
import { SlideFootnote, SlideNotes, SlideTable } from '../slide-blocks';
import { useSlideExport } from '../slide-export';
import type { SlideContentProps } from '../slide-types';
import { formatNumber } from '@/i18n/format';
import { difficultyPages } from './difficulty-pages';
import { useI18n } from '@/i18n/i18n-context';
import { SlideUnavailable, WithUnit } from './slide-content-common';
import { conclusionsSlideModel } from '@/domain/slides/table-slides';
import { slideWords } from './slide-words';

/** One page of the reported difficulties: the texts in full, a long one going on on the next slide. */
export function DifficultiesSlide({ slide, period }: SlideContentProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const query = useNotes(slide.unit);
  const laid = query.data ? difficultyPages(query.data.notes, period, i18n) : null;
  const page = laid?.pages[slide.page - 1] ?? [];
  const items = page.map(({ key, heading, meta, text }) => ({ key, heading, meta, text }));
  const last = laid !== null && slide.page >= laid.pages.length;
  const more = last && laid.more > 0 ? t('present.difficulties.more', { count: formatNumber(laid.more, lang) }) : undefined;
  const empty = t(laid && laid.pages.length > 0 ? 'present.difficulties.noMore' : 'present.difficulties.none');
  useSlideExport(laid === null ? null : items.length === 0 ? { kind: 'message', text: empty } : { kind: 'text', items, note: more });
  if (query.error) return <SlideUnavailable text={t('present.slideFailed')} />;
  if (!laid) return <p className="slide-message">{t('state.loading')}</p>;
  if (items.length === 0) return <SlideUnavailable text={empty} />;
  return (
    <>
      <SlideNotes items={items} flow />
      {more && <SlideFootnote>{more}</SlideFootnote>}
    </>
  );
}

interface ConclusionProps {
  slide: SlideContentProps['slide'];
  period: SlideContentProps['period'];
  path: readonly string[];
}

const combine = (results: { data?: Notes | undefined; error: unknown }[]) => ({
  docs: results.map((r) => r.data),
  failed: results.some((r) => r.error && !r.data),
});

function Conclusions({ slide, period, path }: ConclusionProps) {
  const i18n = useI18n();
  const { t } = i18n;
  // The unit's own notes (the unit and below), then those of each unit above it.
  const codes = [slide.unit, ...path.filter((c) => c !== slide.unit)];
  const { docs, failed } = useQueries({ queries: codes.map((code) => notesQueryOptions(code)), combine });
  const ready = docs.every((d) => d !== undefined);
  const found = ready
    ? deckConclusions<Note>(
        docs[0]!.notes,
        docs.slice(1).flatMap((d) => d!.notes),
        slide.unit,
        period,
      )
    : [];
  const model = ready ? conclusionsSlideModel(found, slideWords(i18n)) : null;
  useSlideExport(model === null ? null : model.unavailable === null ? model.exported : { kind: 'message', text: model.unavailable });
  if (failed) return <SlideUnavailable text={t('present.slideFailed')} />;
  if (!model) return <p className="slide-message">{t('state.loading')}</p>;
  if (model.unavailable !== null) return <SlideUnavailable text={model.unavailable} />;
  const { latest, heading, columns, rows, more } = model;
  const requests = latest.requests ?? [];
  return (
    <>
      <p className="slide-subhead">{heading}</p>
      {rows.length === 0 ? (
        <SlideNotes items={[{ key: latest.id, heading: t('present.conclusions.noRequests'), text: excerpt(latest.body, 400) }]} />
      ) : (
        <SlideTable
          caption={heading}
          columns={columns}
          compact
          rows={requests.map((r, i) => ({
            key: String(i),
            cells: rows[i]!.map((cell, j) => (j === 3 ? <span className={r.done ? 'slide-good' : 'slide-bad'}>{cell}</span> : cell)),
          }))}
        />
      )}
      {more && <SlideFootnote>{more}</SlideFootnote>}
    </>
  );
}

export function ConclusionsSlide(props: SlideContentProps) {
  return <WithUnit props={props}>{(unit) => <Conclusions slide={props.slide} period={props.period} path={unit.unit.path} />}</WithUnit>;
}

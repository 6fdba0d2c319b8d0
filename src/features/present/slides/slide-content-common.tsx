/** Shared pieces of the slide bodies: the slide's unit document, loading and error states. */
import type { ReactNode } from 'react';
import type { IndicatorDef, UnitDocument } from '@/api/contract';
import { useUnit } from '@/api/get-unit';
import { SlideMessage } from '../slide-blocks';
import { useSlideExport } from '../slide-export';
import type { SlideContentProps } from '../slide-types';
import { useI18n } from '@/i18n/i18n-context';

/** A message in place of the slide's content, also what the slide exports. */
export function SlideUnavailable({ text }: { text: string }) {
  useSlideExport({ kind: 'message', text });
  return <SlideMessage text={text} />;
}

/** While loading, nothing is exported yet: the export waits for the data. */
function SlideLoading() {
  const { t } = useI18n();
  return <SlideMessage text={t('state.loading')} />;
}

/** The document of the slide's unit: the deck's own, or that of a child unit added to the deck. */
export function WithUnit({ props, children }: { props: SlideContentProps; children: (unit: UnitDocument) => ReactNode }) {
  const { t } = useI18n();
  const same = props.slide.unit === props.doc.unit.code;
  const query = useUnit(same ? null : props.slide.unit);
  const unit = same ? props.doc : query.data;
  if (unit) return <>{children(unit)}</>;
  if (query.error) return <SlideUnavailable text={t('present.slideFailed')} />;
  return <SlideLoading />;
}

/** The indicator a slide shows, or a message when the catalogue has no such indicator. */
export function WithIndicator({ props, children }: { props: SlideContentProps; children: (indicator: IndicatorDef) => ReactNode }) {
  const { t } = useI18n();
  const indicator = props.catalogue.indicators.find((i) => i.code === props.slide.indicator);
  return indicator ? <>{children(indicator)}</> : <SlideUnavailable text={t('value.notApplicable')} />;
}

/** The titles of slides, from their kind and what they show, in the UI language. */
import type { ResolvedSlide } from '@/domain/deck';
import type { MessageKey, Params } from '@/i18n/catalogue';

export interface TitleNames {
  deckUnit: string;
  unitName: (code: string) => string;
  indicatorName: (code: string) => string;
  dimensionName: (code: string) => string;
  /** Number of key-figures slides the catalogue makes. */
  kpiPages: number;
}

type T = (key: MessageKey, params?: Params) => string;

export function slideTitle(slide: ResolvedSlide, names: TitleNames, t: T): string {
  const indicator = names.indicatorName(slide.indicator);
  let title: string;
  switch (slide.kind) {
    case 'kpis':
      title = t('present.slideTitle.kpis');
      if (names.kpiPages > 1) title = t('present.slideTitle.page', { title, page: slide.page, pages: names.kpiPages });
      break;
    case 'difficulties':
      title = t('present.slideTitle.difficulties');
      if (slide.page > 1) title = t('present.slideTitle.continued', { title });
      break;
    case 'breakdown':
      title = t('present.slideTitle.breakdown', { indicator, dimension: names.dimensionName(slide.dimension ?? '').toLocaleLowerCase('vi') });
      break;
    case 'achievement':
    case 'map':
    case 'trend':
      title = t(`present.slideTitle.${slide.kind}`, { indicator });
      break;
    default:
      title = t(`present.slideTitle.${slide.kind}`);
  }
  return slide.unit === names.deckUnit || slide.kind === 'title' ? title : t('present.slideTitle.ofUnit', { title, unit: names.unitName(slide.unit) });
}

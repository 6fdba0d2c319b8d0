import type { MessageKey } from '@/i18n/catalogue';

const EMPTY_MESSAGE: Readonly<Record<string, MessageKey>> = {
  no_children: 'charts.empty.noChildren',
  withheld: 'charts.empty.withheld',
  not_applicable: 'charts.empty.notApplicable',
  no_dimension: 'charts.empty.noDimension',
};

/** Why a chart has nothing to draw; anything else is the shared "chưa có số liệu cho kỳ này". */
export const emptyMessageKey = (availability: string | undefined): MessageKey => EMPTY_MESSAGE[availability ?? ''] ?? 'state.empty';

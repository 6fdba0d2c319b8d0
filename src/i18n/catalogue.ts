/** The message catalogue: every user-visible string, Vietnamese first, English second. */
import type { Language } from '@/domain/view-state';
import { charts } from './messages/charts';
import { common } from './messages/common';
import { map } from './messages/map';
import { notes } from './messages/notes';
import { report } from './messages/report';
import { reportUi } from './messages/report-ui';
import { offline } from './messages/offline';
import { progress } from './messages/progress';
import { suppression } from './messages/suppression';
import { table } from './messages/table';
import { present } from './messages/present';

const parts = [common, offline, table, notes, report, reportUi, charts, progress, suppression, map, present] as const;

type VietnameseKeys<P> = P extends { vi: infer V } ? keyof V : never;
export type MessageKey = VietnameseKeys<(typeof parts)[number]>;
export type Params = Record<string, string | number>;

const tables: Record<Language, Map<string, string>> = { vi: new Map(), en: new Map() };
for (const part of parts) {
  for (const lang of ['vi', 'en'] as const) {
    for (const [k, v] of Object.entries(part[lang])) tables[lang].set(k, v);
  }
}

/** A message with {placeholders} filled; falls back to Vietnamese, then to the key itself. */
export function translate(lang: Language, key: MessageKey, params: Params = {}): string {
  const template = tables[lang].get(key) ?? tables.vi.get(key) ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
}

export function hasMessage(lang: Language, key: string): boolean {
  return tables[lang].has(key);
}

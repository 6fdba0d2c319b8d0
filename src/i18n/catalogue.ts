/**
 * The message catalogue: every user-visible string, Vietnamese first, English second.
 * The parts the first screen needs are built in; the parts of the other views arrive with them
 * (view-messages.ts, registered before a view's code loads; the headline's with the headline), so the
 * first screen stays small.
 */
import type { Language } from '@/domain/view-state';
import { common } from './messages/common';
import type { headlineSummary } from './messages/headline-summary';
import { legend } from './messages/legend';
import { notes } from './messages/notes';
import { offline } from './messages/offline';
import { suppression } from './messages/suppression';
import type { ViewMessageParts } from './view-messages';

type Part = { vi: Readonly<Record<string, string>>; en: Readonly<Record<string, string>> };
type CoreParts = typeof common | typeof legend | typeof notes | typeof offline | typeof suppression;

type VietnameseKeys<P> = P extends { vi: infer V } ? keyof V : never;
export type MessageKey = VietnameseKeys<CoreParts | typeof headlineSummary | ViewMessageParts>;
export type Params = Record<string, string | number>;

const tables: Record<Language, Map<string, string>> = { vi: new Map(), en: new Map() };

export function registerMessages(parts: readonly Part[]): void {
  for (const part of parts) {
    for (const lang of ['vi', 'en'] as const) {
      for (const [k, v] of Object.entries(part[lang])) tables[lang].set(k, v);
    }
  }
}

registerMessages([common, legend, notes, offline, suppression]);

/** A message with {placeholders} filled; falls back to Vietnamese, then to the key itself. */
export function translate(lang: Language, key: MessageKey, params: Params = {}): string {
  const template = tables[lang].get(key) ?? tables.vi.get(key) ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
}

export function hasMessage(lang: Language, key: string): boolean {
  return tables[lang].has(key);
}

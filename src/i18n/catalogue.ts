/**
 * The message catalogue: every user-visible string, Vietnamese first, English second.
 * The Vietnamese of the parts the first screen needs is built in; their English arrives only for a
 * page in English (load-language.ts, english/); the parts of the other views arrive with them
 * (view-messages.ts, registered before a view's code loads; the headline's with the headline), so the
 * first screen stays small.
 */
import type { Language } from '@/domain/view-state';
import { common } from './messages/common';
import type { apiErrors } from './messages/api-errors';
import type { headlineSummary } from './messages/headline-summary';
import type { offlineDownload } from './messages/offline-download';
import { legend } from './messages/legend';
import { offline } from './messages/offline';
import { suppression } from './messages/suppression';
import type { ViewMessageParts } from './view-messages';

type Messages = Readonly<Record<string, string>>;
type Part = { vi: Messages; en: Messages };
type CoreParts = typeof common | typeof legend | typeof offline | typeof suppression;

type VietnameseKeys<P> = P extends { vi: infer V } ? keyof V : never;
export type MessageKey = VietnameseKeys<CoreParts | typeof apiErrors | typeof headlineSummary | typeof offlineDownload | ViewMessageParts>;
export type Params = Record<string, string | number>;

const tables: Record<Language, Map<string, string>> = { vi: new Map(), en: new Map() };

export function registerMessages(parts: readonly Part[]): void {
  for (const part of parts) {
    for (const lang of ['vi', 'en'] as const) {
      for (const [k, v] of Object.entries(part[lang])) tables[lang].set(k, v);
    }
  }
}

for (const part of [common, legend, offline, suppression]) for (const [k, v] of Object.entries(part.vi)) tables.vi.set(k, v);

let englishBuiltIn = false;

/** Registers the English of the parts built into the first screen (load-language.ts; tests at start). */
export function registerCoreEnglish(parts: Readonly<Record<string, Messages>>): void {
  for (const part of Object.values(parts)) for (const [k, v] of Object.entries(part)) tables.en.set(k, v);
  englishBuiltIn = true;
}

/** Whether the messages of the first screen are there in `lang`. */
export const hasCoreMessages = (lang: Language): boolean => lang === 'vi' || englishBuiltIn;

/** A message with {placeholders} filled; falls back to Vietnamese, then to the key itself. */
export function translate(lang: Language, key: MessageKey, params: Params = {}): string {
  const template = tables[lang].get(key) ?? tables.vi.get(key) ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
}

export function hasMessage(lang: Language, key: string): boolean {
  return tables[lang].has(key);
}

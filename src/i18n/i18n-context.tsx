import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Language } from '@/domain/view-state';
import { translate, type MessageKey, type Params } from './catalogue';

export interface I18n {
  lang: Language;
  t: (key: MessageKey, params?: Params) => string;
}

const I18nContext = createContext<I18n>({ lang: 'vi', t: (key, params) => translate('vi', key, params) });

export function I18nProvider({ lang, children }: { lang: Language; children: ReactNode }) {
  const value = useMemo<I18n>(() => ({ lang, t: (key, params) => translate(lang, key, params) }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = (): I18n => useContext(I18nContext);

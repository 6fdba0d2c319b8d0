import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { BrowserRouter, Route, Routes, useLocation } from 'react-router';
import { parseViewState, type Language } from '@/domain/view-state';
import { I18nProvider } from '@/i18n/i18n-context';
import { isLanguageSettled, loadLanguage, onLanguageSettled } from '@/i18n/load-language';
import { createQueryClient } from './query-client';
import { UnitPage } from './unit-page';
import './styles.css';

/**
 * `lang` once its messages are there; until then (the first switch to English, a few kB) the page
 * stays in Vietnamese. A page opened in English loads them before the app starts (main.tsx).
 */
function useLoadedLanguage(lang: Language): Language {
  const settled = useSyncExternalStore(
    onLanguageSettled,
    () => isLanguageSettled(lang),
    () => true,
  );
  useEffect(() => {
    if (!settled) void loadLanguage(lang);
  }, [lang, settled]);
  return settled ? lang : 'vi';
}

function LanguageFromUrl({ children }: { children: ReactNode }) {
  const { pathname, search } = useLocation();
  return <I18nProvider lang={useLoadedLanguage(parseViewState(pathname, search).lang)}>{children}</I18nProvider>;
}

export function AppRoutes() {
  return (
    <LanguageFromUrl>
      <Routes>
        <Route path="*" element={<UnitPage />} />
      </Routes>
    </LanguageFromUrl>
  );
}

/** Marks the document once the app is in charge (after a build-time first screen, links then drill in place). */
const APP_READY_ATTRIBUTE = 'data-app-ready';

export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  // Before the first paint of the app's own screen: styles.css hides query-dependent parts of a first screen until then.
  useLayoutEffect(() => document.documentElement.setAttribute(APP_READY_ATTRIBUTE, ''), []);
  return (
    <QueryClientProvider client={client}>
      {/* Without transitions, a control pressed right after another always sees the URL the first one wrote. */}
      <BrowserRouter useTransitions={false}>
        <AppRoutes />
      </BrowserRouter>
    </QueryClientProvider>
  );
}

import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useLayoutEffect, useState, type ReactNode } from 'react';
import { BrowserRouter, Route, Routes, useLocation } from 'react-router';
import { parseViewState } from '@/domain/view-state';
import { I18nProvider } from '@/i18n/i18n-context';
import { createQueryClient } from './query-client';
import { UnitPage } from './unit-page';
import './styles.css';

function LanguageFromUrl({ children }: { children: ReactNode }) {
  const { pathname, search } = useLocation();
  return <I18nProvider lang={parseViewState(pathname, search).lang}>{children}</I18nProvider>;
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

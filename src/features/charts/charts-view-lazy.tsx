import { lazy, Suspense } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { ErrorBoundary } from '@/ui/error-boundary';
import { PanelError, PanelLoading } from '@/ui/panel';
import type { ChartsViewProps } from './charts-view';

/** recharts is large: the charts view and its library load only when the view is opened. */
const ChartsView = lazy(() => import('./charts-view').then((m) => ({ default: m.ChartsView })));

export function ChartsViewLazy(props: ChartsViewProps) {
  const { t } = useI18n();
  return (
    <ErrorBoundary fallback={() => <PanelError message={t('state.panelCrashed')} />}>
      <Suspense fallback={<PanelLoading height={480} />}>
        <ChartsView {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}

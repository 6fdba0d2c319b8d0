import { lazy, Suspense } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { ErrorBoundary } from '@/ui/error-boundary';
import { PanelError, PanelLoading } from '@/ui/panel';
import type { PresentViewProps } from './present-view';

/** The presentation code loads only when the view is opened. */
const PresentView = lazy(() => import('./present-view').then((m) => ({ default: m.PresentView })));

export function PresentViewLazy(props: PresentViewProps) {
  const { t } = useI18n();
  return (
    <ErrorBoundary fallback={() => <PanelError message={t('state.panelCrashed')} />}>
      <Suspense fallback={<PanelLoading height={480} />}>
        <PresentView {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}

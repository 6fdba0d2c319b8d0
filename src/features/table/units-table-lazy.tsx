import { lazy, Suspense } from 'react';
import type { ViewState } from '@/domain/view-state';
import { useI18n } from '@/i18n/i18n-context';
import { ErrorBoundary } from '@/ui/error-boundary';
import { PanelError, PanelLoading } from '@/ui/panel';

/** The table view (TanStack Table + Virtual) loads only when the view is opened. */
const UnitsTablePanel = lazy(() => import('./units-table-panel').then((m) => ({ default: m.UnitsTablePanel })));

export interface UnitsTableViewProps {
  unitCode: string;
  state: ViewState;
  indicator: string;
}

export function UnitsTableView(props: UnitsTableViewProps) {
  const { t } = useI18n();
  return (
    <ErrorBoundary fallback={() => <PanelError message={t('state.panelCrashed')} />}>
      <Suspense fallback={<PanelLoading height={480} />}>
        <UnitsTablePanel {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}

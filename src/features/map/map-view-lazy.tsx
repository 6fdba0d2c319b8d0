import { lazy, Suspense } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { ErrorBoundary } from '@/ui/error-boundary';
import { PanelError, PanelLoading } from '@/ui/panel';
import type { MapViewProps } from './map-view';

/** Leaflet and the map code load only when the map view is opened, not on the first screen. */
const MapView = lazy(() => import('./map-view').then((m) => ({ default: m.MapView })));

export function MapViewLazy(props: MapViewProps) {
  const { t } = useI18n();
  return (
    <ErrorBoundary fallback={() => <PanelError message={t('state.panelCrashed')} />}>
      <Suspense fallback={<PanelLoading height={560} />}>
        <MapView {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}

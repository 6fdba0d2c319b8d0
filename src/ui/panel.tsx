import { useEffect, useState, type ReactNode } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { ErrorBoundary } from './error-boundary';
import './panel.css';

interface PanelProps {
  title: ReactNode;
  /** "Số liệu đến ngày …" line, shown on every data panel. */
  dataDate?: string | undefined;
  actions?: ReactNode;
  children: ReactNode;
  id?: string;
  minHeight?: number;
  resetKey?: string;
}

/** A titled section with its own error boundary, so a failing panel never blanks the page. */
export function Panel({ title, dataDate, actions, children, id, minHeight, resetKey }: PanelProps) {
  const { t } = useI18n();
  const headingId = id ? `${id}-title` : undefined;
  return (
    <section className="panel" aria-labelledby={headingId} id={id}>
      <header className="panel__header">
        <h2 className="panel__title" id={headingId}>
          {title}
        </h2>
        {actions && <div className="panel__actions">{actions}</div>}
      </header>
      {dataDate && <p className="panel__date">{t('app.dataDate', { date: dataDate })}</p>}
      <div className="panel__body" style={minHeight ? { minHeight } : undefined}>
        <ErrorBoundary resetKey={resetKey} fallback={(reset) => <PanelError message={t('state.panelCrashed')} onRetry={reset} />}>
          {children}
        </ErrorBoundary>
      </div>
    </section>
  );
}

export function PanelLoading({ height = 160 }: { height?: number }) {
  const { t } = useI18n();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), 3000);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className="panel-state panel-state--loading" style={{ height }} role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {slow ? t('state.slow') : t('state.loading')}
    </div>
  );
}

export function PanelEmpty({ message }: { message?: string }) {
  const { t } = useI18n();
  return <p className="panel-state panel-state--empty">{message ?? t('state.empty')}</p>;
}

export function PanelError({ message, onRetry, children }: { message: string; onRetry?: (() => void) | undefined; children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="panel-state panel-state--error" role="alert">
      <p>{message}</p>
      {children}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}

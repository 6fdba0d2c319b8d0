/**
 * A part's loading and error states around a query, and the folded technical detail of a failure.
 * Apart from panel.tsx so that the words for failures (api-error-message.ts) load with the views
 * that use them, not with the first screen.
 */
import type { ReactNode } from 'react';
import { isApiError } from '@/api/api-error';
import { useI18n } from '@/i18n/i18n-context';
import { apiErrorMessage, apiErrorTechnical, canRetry } from './api-error-message';
import { PanelError, PanelLoading } from './panel';

/** The technical detail of a failure, folded away: for whoever must fix the server, not in the message. */
export function ErrorDetails({ error }: { error: unknown }) {
  const { t } = useI18n();
  const technical = apiErrorTechnical(error);
  if (!technical) return null;
  return (
    <details className="panel-state__details">
      <summary>{t('error.technical')}</summary>
      <code>{technical}</code>
    </details>
  );
}

interface QueryLike<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  refetch: () => unknown;
}

interface QueryStateProps<T> {
  query: QueryLike<T>;
  height?: number;
  /** Shown under the message when the document does not exist (e.g. a link back to the province). */
  notFound?: ReactNode;
  children: (data: T) => ReactNode;
}

/** Container helper: loading (fixed height) → error with retry when it helps → the renderer. */
export function QueryState<T>({ query, height, notFound, children }: QueryStateProps<T>) {
  const i18n = useI18n();
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.error) {
    return (
      <PanelError message={apiErrorMessage(query.error, i18n)} onRetry={canRetry(query.error) ? () => void query.refetch() : undefined}>
        {isApiError(query.error) && query.error.kind === 'not_found' && notFound ? <p>{notFound}</p> : null}
        <ErrorDetails error={query.error} />
      </PanelError>
    );
  }
  return <PanelLoading height={height} />;
}

/**
 * The page when its own documents (meta, catalogue, the unit) could not be loaded: the breadcrumb as
 * far as it is known and a link up stay, the message says what failed, and one "Thử lại" reloads
 * everything that failed, so after an outage one press brings the page back.
 */
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { isApiError } from '@/api/api-error';
import type { Meta, UnitDocument } from '@/api/contract';
import { drillTo, type ViewState } from '@/domain/view-state';
import { useI18n } from '@/i18n/i18n-context';
import { apiErrorMessage, canRetry } from '@/ui/api-error-message';
import { PanelError } from '@/ui/panel';
import { ErrorDetails } from '@/ui/query-state';

interface FailingQuery {
  data: unknown;
  error: unknown;
  refetch: () => unknown;
}

interface Crumb {
  code: string;
  name: string;
}

/** The unit's ancestors and name, from any unit document already loaded that lists it as a child. */
function knownTrail(client: QueryClient, code: string): { ancestors: Crumb[]; name: string } | null {
  for (const [, doc] of client.getQueriesData<UnitDocument>({ queryKey: ['unit'] })) {
    const child = doc?.children.find((c) => c.code === code);
    if (doc && child) return { ancestors: [...doc.ancestors, doc.unit], name: child.name };
  }
  return null;
}

export function PageError({
  queries,
  meta,
  unitCode,
  state,
  notFound,
}: {
  queries: FailingQuery[];
  meta: Meta | undefined;
  unitCode: string | null;
  state: ViewState;
  notFound: ReactNode;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const client = useQueryClient();
  const failed = queries.filter((q) => q.error && q.data === undefined);
  const error = failed[0]?.error;
  const trail = unitCode ? knownTrail(client, unitCode) : null;
  const root: Crumb | null = meta ? { code: meta.rootUnit, name: meta.province.name } : null;
  const ancestors = trail?.ancestors ?? (root && unitCode !== root.code ? [root] : []);
  const up = ancestors.at(-1);
  const retryable = failed.some((q) => canRetry(q.error));
  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <ol>
          {!root && (
            <li>
              <a href="/">{t('error.home')}</a>
            </li>
          )}
          {ancestors.map((a) => (
            <li key={a.code}>
              <Link to={drillTo(state, a.code)}>{a.name}</Link>
            </li>
          ))}
          {unitCode && <li aria-current="page">{trail?.name ?? (root?.code === unitCode ? root.name : unitCode)}</li>}
        </ol>
      </nav>
      <PanelError message={apiErrorMessage(error, i18n)} onRetry={retryable ? () => failed.forEach((q) => void q.refetch()) : undefined}>
        {isApiError(error) && error.kind === 'not_found' ? <p>{notFound}</p> : null}
        {up && !(isApiError(error) && error.kind === 'not_found' && up.code === root?.code) && (
          <p>
            <Link to={drillTo(state, up.code)}>{t('error.up', { name: up.name })}</Link>
          </p>
        )}
        <ErrorDetails error={error} />
      </PanelError>
    </>
  );
}

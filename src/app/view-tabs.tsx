import { Link } from 'react-router';
import { hrefWith, type ViewName, type ViewState } from '@/domain/view-state';
import { useI18n } from '@/i18n/i18n-context';

/** The view tabs; a view's label may be given (one named from the data), else it comes from the catalogue. */
export function ViewTabs({ state, views, labels = {} }: { state: ViewState; views: readonly ViewName[]; labels?: Partial<Record<ViewName, string>> }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('nav.views')}>
      <ul className="view-tabs">
        {views.map((v) => (
          <li key={v}>
            <Link to={hrefWith(state, { view: v })} aria-current={state.view === v ? 'page' : undefined}>
              {labels[v] ?? t(`view.${v}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import { Link } from 'react-router';
import { hrefWith, type ViewName, type ViewState } from '@/domain/view-state';
import { useI18n } from '@/i18n/i18n-context';

export function ViewTabs({ state, views }: { state: ViewState; views: readonly ViewName[] }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('nav.views')}>
      <ul className="view-tabs">
        {views.map((v) => (
          <li key={v}>
            <Link to={hrefWith(state, { view: v })} aria-current={state.view === v ? 'page' : undefined}>
              {t(`view.${v}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

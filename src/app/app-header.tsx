import { Link } from 'react-router';
import type { Meta } from '@/api/contract';
import { hrefWith, type ViewState } from '@/domain/view-state';
import { formatDate } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';

export function AppHeader({ meta, state }: { meta: Meta | undefined; state: ViewState }) {
  const { t, lang } = useI18n();
  const other = lang === 'vi' ? 'en' : 'vi';
  return (
    <header className="app-header">
      <div>
        <h1>{t('app.title')}</h1>
        <p>{meta ? meta.program.name[lang] : t('app.subtitle')}</p>
      </div>
      <div className="app-header__meta">
        {meta && <span>{t('app.dataDate', { date: formatDate(meta.dataDate, lang) })}</span>}
        {meta?.demo && (
          <span className="badge" title={t('app.demoBadgeHint')}>
            {t('app.demoBadge')}
          </span>
        )}
        <Link
          to={hrefWith(state, { lang: other })}
          hrefLang={other}
          lang={other}
          aria-label={`${t('app.language')}: ${other === 'en' ? 'English' : 'Tiếng Việt'}`}
        >
          {other === 'en' ? 'English' : 'Tiếng Việt'}
        </Link>
      </div>
    </header>
  );
}

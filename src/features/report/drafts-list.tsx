import { useState, useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { parseSelection } from '@/domain/periods';
import { hrefWith, type ViewState } from '@/domain/view-state';
import { formatDateTime, formatPeriod } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { Panel } from '@/ui/panel';
import { draftsSnapshot, removeDraft, subscribe, type StoredDraft } from './draft-store';

const EMPTY: StoredDraft[] = [];

/** Every draft kept in this browser, newest first: open it, or delete it (after a confirmation). */
export function DraftsList({ state, currentKey }: { state: ViewState; currentKey: string }) {
  const { t, lang } = useI18n();
  const drafts = useSyncExternalStore(subscribe, draftsSnapshot, () => EMPTY);
  const [confirm, setConfirm] = useState<string | null>(null);
  return (
    <Panel id="report-drafts" title={t('report.drafts.title')}>
      {drafts.length === 0 ? (
        <p className="report-drafts__empty">{t('report.drafts.empty')}</p>
      ) : (
        <ul className="report-drafts">
          {drafts.map(({ key, draft }) => {
            const period = draft ? parseSelection(draft.period) : null;
            const name = draft
              ? t('report.drafts.item', { unit: draft.unitName, period: period ? formatPeriod(period, lang) : draft.period })
              : t('report.ui.draftDamaged');
            const params = { unit: draft?.unitName ?? '', period: period ? formatPeriod(period, lang) : '' };
            return (
              <li key={key}>
                {draft && period ? (
                  <Link to={hrefWith(state, { unit: draft.unit, period, view: 'report', lang: draft.lang === 'en' ? 'en' : 'vi', extra: {} })}>{name}</Link>
                ) : (
                  <span>{name}</span>
                )}
                {draft?.lang === 'en' && <span className="report-drafts__meta"> ({t('report.drafts.language')})</span>}
                {draft && <span className="report-drafts__meta"> · {t('report.drafts.savedAt', { time: formatDateTime(new Date(draft.savedAt), lang) })}</span>}
                {key === currentKey && <strong className="report-drafts__meta"> · {t('report.drafts.current')}</strong>}{' '}
                {confirm === key ? (
                  <button
                    type="button"
                    className="link-button link-button--danger"
                    aria-label={t('report.drafts.confirmDeleteLabel', params)}
                    onClick={() => (removeDraft(key), setConfirm(null))}
                  >
                    {t('report.drafts.confirmDelete')}
                  </button>
                ) : (
                  <button type="button" className="link-button" aria-label={t('report.drafts.deleteLabel', params)} onClick={() => setConfirm(key)}>
                    {t('report.drafts.delete')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
}

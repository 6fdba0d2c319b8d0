import { useI18n } from '@/i18n/i18n-context';

const CARD_STATES = ['met', 'behind', 'none'] as const;

/** What the key-figure cards' coloured borders mean. */
export function ColourLegend() {
  const { t } = useI18n();
  return (
    <div className="colour-legend">
      <p className="colour-legend__title">{t('legend.title')}:</p>
      <ul>
        {CARD_STATES.map((s) => (
          <li key={s}>
            <span className={`colour-legend__swatch kpi--${s}`} aria-hidden="true" />
            {t(`legend.card.${s}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The completeness level of a count of reports, in words and colour, the same on every view (levels in domain/completeness). */
import { completenessLevel, type Completeness } from '@/domain/completeness';
import { formatNumber } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import './completeness-level.css';

/**
 * "gần đủ" / "rất thiếu"… after a count such as "98/104"; nothing when nothing was expected. A stock
 * that carries missing reports forward says how many of its values were carried ("148 lấy từ quý trước").
 */
export function CompletenessLevel({ completeness }: { completeness: Completeness }) {
  const { t, lang } = useI18n();
  const level = completenessLevel(completeness);
  if (level === null) return null;
  const carried = completeness.carried ?? 0;
  return (
    <>
      <span className={`completeness completeness--${level}`} data-completeness={level}>
        {t(`completeness.level.${level}`)}
      </span>
      {carried > 0 && (
        <span className="completeness__carried" data-carried={carried}>
          {t('completeness.carried', { carried: formatNumber(carried, lang) })}
        </span>
      )}
    </>
  );
}

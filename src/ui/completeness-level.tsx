/** The completeness level of a count of reports, in words and colour, the same on every view (levels in domain/completeness). */
import { completenessLevel, type Completeness } from '@/domain/completeness';
import { useI18n } from '@/i18n/i18n-context';
import './completeness-level.css';

/** "gần đủ" / "rất thiếu"… after a count such as "98/104"; nothing when nothing was expected. */
export function CompletenessLevel({ completeness }: { completeness: Completeness }) {
  const { t } = useI18n();
  const level = completenessLevel(completeness);
  if (level === null) return null;
  return (
    <span className={`completeness completeness--${level}`} data-completeness={level}>
      {t(`completeness.level.${level}`)}
    </span>
  );
}

import { useI18n } from '@/i18n/i18n-context';

interface Props {
  label: string;
  value: string;
  edited: boolean;
  onChange: (value: string) => void;
  onReset: () => void;
  className?: string;
}

/** Rows a plain-text value needs at about 90 characters a line (fallback where field-sizing is unsupported). */
export const rowsFor = (value: string): number => value.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 90)), 0);

/**
 * One editable part of the notice: a plain-text area on screen (never HTML), and the same text as
 * paragraphs for printing, where a text area could not break across pages.
 */
export function EditableText({ label, value, edited, onChange, onReset, className = '' }: Props) {
  const { t } = useI18n();
  return (
    <div className={`report-field ${className}${edited ? ' report-field--edited' : ''}`}>
      <textarea className="report-field__input" aria-label={label} value={value} rows={rowsFor(value)} onChange={(e) => onChange(e.target.value)} />
      <div className="report-field__print">
        {value.split('\n').map((line, i) => (
          <p key={i}>{line || '\u00a0'}</p>
        ))}
      </div>
      {edited && (
        <p className="report-field__mark no-print">
          <span>{t('report.ui.edited')}</span>
          <button type="button" className="link-button" onClick={onReset} aria-label={t('report.ui.resetFieldLabel', { field: label })}>
            {t('report.ui.resetField')}
          </button>
        </p>
      )}
    </div>
  );
}

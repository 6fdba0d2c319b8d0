import type { Indicator } from '@/domain/indicators';
import { DEFAULT_SORT } from '@/domain/table-sort';
import { COLUMN_KINDS, parseColumnId, type ColumnKind, type TableViewState } from '@/domain/table-view-state';
import { useI18n } from '@/i18n/i18n-context';

interface Props {
  catalogue: readonly Indicator[];
  view: TableViewState;
  /** The indicator selected for the whole page: always shown. */
  selected: string | null;
  onChange: (next: TableViewState) => void;
}

const KIND_LABEL = { value: 'table.value', target: 'table.target', achievement: 'table.achievement', reports: 'table.reports' } as const;

/** Column visibility: which indicators and which column kinds are shown (a native disclosure). */
export function ColumnMenu({ catalogue, view, selected, onChange }: Props) {
  const { t, lang } = useI18n();

  const keepSort = (indicators: string[], hidden: ColumnKind[]) => {
    const parsed = parseColumnId(view.sort.column);
    const gone = parsed?.indicator ? !indicators.includes(parsed.indicator) : false;
    const hiddenKind = parsed && parsed.kind !== 'name' && hidden.includes(parsed.kind);
    return gone || hiddenKind ? DEFAULT_SORT : view.sort;
  };

  const toggleIndicator = (code: string, on: boolean) => {
    const indicators = on ? [...view.indicators, code] : view.indicators.filter((c) => c !== code);
    onChange({ ...view, indicators, custom: true, sort: keepSort(indicators, view.hidden) });
  };
  const toggleKind = (kind: ColumnKind, on: boolean) => {
    const hidden = on ? view.hidden.filter((k) => k !== kind) : [...view.hidden, kind];
    onChange({ ...view, hidden, sort: keepSort(view.indicators, hidden) });
  };

  return (
    <details
      className="column-menu"
      onKeyDown={(e) => {
        // Escape closes the menu and returns focus to its button.
        if (e.key !== 'Escape' || !e.currentTarget.open) return;
        e.currentTarget.open = false;
        e.currentTarget.querySelector('summary')?.focus();
      }}
    >
      <summary className="button">{t('table.columns')}</summary>
      <div className="column-menu__body">
        <fieldset>
          <legend>{t('table.columnsKinds')}</legend>
          {COLUMN_KINDS.map((kind) => (
            <label key={kind} className="column-menu__option">
              <input type="checkbox" checked={!view.hidden.includes(kind)} onChange={(e) => toggleKind(kind, e.currentTarget.checked)} />
              {t(KIND_LABEL[kind])}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('table.columnsIndicators')}</legend>
          {catalogue.map((indicator) => {
            const isSelected = indicator.code === selected;
            return (
              <label key={indicator.code} className="column-menu__option">
                <input
                  type="checkbox"
                  checked={view.indicators.includes(indicator.code)}
                  disabled={isSelected}
                  onChange={(e) => toggleIndicator(indicator.code, e.currentTarget.checked)}
                />
                <span className="units-table__code">{indicator.code}</span> {indicator.name[lang]}
                {isSelected && <span className="column-menu__note"> {t('table.selectedIndicator')}</span>}
              </label>
            );
          })}
        </fieldset>
      </div>
    </details>
  );
}

import { memo } from 'react';
import type { Indicator } from '@/domain/indicators';
import { DEFAULT_SORT } from '@/domain/table-sort';
import { COLUMN_KINDS, parseColumnId, type ColumnKind, type TableViewState } from '@/domain/table-view-state';
import { useI18n } from '@/i18n/i18n-context';

interface Props {
  catalogue: readonly Indicator[];
  /** The indicators shown (codes). */
  shown: readonly string[];
  /** The column kinds hidden. */
  hidden: readonly ColumnKind[];
  /** The indicator selected for the whole page: always shown. */
  selected: string | null;
  /** Applies a change to the table's current state (stable across renders). */
  onChange: (next: (current: TableViewState) => TableViewState) => void;
}

const KIND_LABEL = { value: 'table.value', target: 'table.target', achievement: 'table.achievement', reports: 'table.reports' } as const;

/** The sort, or the default one when the sorted column is no longer shown. */
function keepSort(view: TableViewState, indicators: readonly string[], hidden: readonly ColumnKind[]) {
  const parsed = parseColumnId(view.sort.column);
  const gone = parsed?.indicator ? !indicators.includes(parsed.indicator) : false;
  const hiddenKind = parsed && parsed.kind !== 'name' && hidden.includes(parsed.kind);
  return gone || hiddenKind ? DEFAULT_SORT : view.sort;
}

const sameItems = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Column visibility: which indicators and which column kinds are shown (a native disclosure).
 * Memoised by content: a sort or a filter, which gives the view new lists with the same columns,
 * does not draw its checkboxes again.
 */
export const ColumnMenu = memo(
  function ColumnMenu({ catalogue, shown, hidden, selected, onChange }: Props) {
    const { t, lang } = useI18n();

    const toggleIndicator = (code: string, on: boolean) =>
      onChange((view) => {
        const indicators = on ? [...view.indicators, code] : view.indicators.filter((c) => c !== code);
        return { ...view, indicators, custom: true, sort: keepSort(view, indicators, view.hidden) };
      });
    const toggleKind = (kind: ColumnKind, on: boolean) =>
      onChange((view) => {
        const nextHidden = on ? view.hidden.filter((k) => k !== kind) : [...view.hidden, kind];
        return { ...view, hidden: nextHidden, sort: keepSort(view, view.indicators, nextHidden) };
      });

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
                <input type="checkbox" checked={!hidden.includes(kind)} onChange={(e) => toggleKind(kind, e.currentTarget.checked)} />
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
                    checked={shown.includes(indicator.code)}
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
  },
  (a, b) =>
    a.catalogue === b.catalogue && a.selected === b.selected && a.onChange === b.onChange && sameItems(a.shown, b.shown) && sameItems(a.hidden, b.hidden),
);

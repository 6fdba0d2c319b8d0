/** Adds a slide: any kind for the deck's unit or one of its children, with its indicator and dimension. */
import { useId, useState } from 'react';
import type { Catalogue, Meta, UnitDocument } from '@/api/contract';
import { ADDABLE_KINDS, HAS_INDICATOR, kpiPages, MAX_SLIDES, NEEDS_CHILDREN, type SlideKind, type SlideSpec } from '@/domain/deck';
import { publishedDimensions } from '@/domain/suppression';
import { useI18n } from '@/i18n/i18n-context';

interface Props {
  doc: UnitDocument;
  catalogue: Catalogue;
  levels: Meta['levels'];
  /** The indicator selected in the view: the form's first choice. */
  indicator: string;
  count: number;
  onAdd: (slides: SlideSpec[]) => void;
}

export function AddSlideForm({ doc, catalogue, levels, indicator: selected, count, onAdd }: Props) {
  const { t, lang } = useI18n();
  const id = useId();
  const [kind, setKind] = useState<SlideKind>('trend');
  const [unitCode, setUnitCode] = useState(doc.unit.code);
  const [indicatorCode, setIndicatorCode] = useState(selected);
  const [dimension, setDimension] = useState('');
  const units = [doc.unit, ...doc.children].filter((u) => !NEEDS_CHILDREN.has(kind) || u.childCount > 0);
  const unit = units.find((u) => u.code === unitCode) ?? units[0];
  const indicator = catalogue.indicators.find((i) => i.code === indicatorCode) ?? catalogue.indicators[0];
  const dimensions =
    kind === 'breakdown' && indicator && unit
      ? publishedDimensions(indicator, levels, unit.level)
          .map((code) => catalogue.dimensions.find((d) => d.code === code))
          .filter((d) => d !== undefined)
      : [];
  const chosenDimension = dimensions.find((d) => d.code === dimension) ?? dimensions[0];
  const full = count >= MAX_SLIDES;
  const blocked = !unit || (HAS_INDICATOR.has(kind) && !indicator) || (kind === 'breakdown' && !chosenDimension) || full;

  const submit = () => {
    if (blocked || !unit) return;
    const base: SlideSpec = { kind, ...(unit.code !== doc.unit.code ? { unit: unit.code } : {}) };
    if (kind === 'kpis') {
      const pages = kpiPages(catalogue).length;
      onAdd(Array.from({ length: Math.max(1, pages) }, (_, i) => (i === 0 ? base : { ...base, page: i + 1 })));
      return;
    }
    onAdd([
      {
        ...base,
        ...(HAS_INDICATOR.has(kind) && indicator ? { indicator: indicator.code } : {}),
        ...(kind === 'breakdown' && chosenDimension ? { dimension: chosenDimension.code } : {}),
      },
    ]);
  };

  return (
    <form
      className="present-add"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <fieldset>
        <legend>{t('present.add')}</legend>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('present.addKind')}</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as SlideKind)}>
            {ADDABLE_KINDS.filter((k) => !NEEDS_CHILDREN.has(k) || doc.unit.childCount > 0).map((k) => (
              <option key={k} value={k}>
                {t(`present.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-unit`}>{t('present.addUnit')}</label>
          <select id={`${id}-unit`} value={unit?.code ?? ''} onChange={(e) => setUnitCode(e.target.value)}>
            {units.map((u) => (
              <option key={u.code} value={u.code}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        {HAS_INDICATOR.has(kind) && (
          <div className="field">
            <label htmlFor={`${id}-indicator`}>{t('present.addIndicator')}</label>
            <select id={`${id}-indicator`} value={indicator?.code ?? ''} onChange={(e) => setIndicatorCode(e.target.value)}>
              {catalogue.indicators.map((i) => (
                <option key={i.code} value={i.code}>
                  {i.code} – {i.name[lang]}
                </option>
              ))}
            </select>
          </div>
        )}
        {kind === 'breakdown' && dimensions.length > 0 && (
          <div className="field">
            <label htmlFor={`${id}-dimension`}>{t('present.addDimension')}</label>
            <select id={`${id}-dimension`} value={chosenDimension?.code ?? ''} onChange={(e) => setDimension(e.target.value)}>
              {dimensions.map((d) => (
                <option key={d.code} value={d.code}>
                  {d.name[lang]}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="submit" className="button" disabled={blocked}>
          {t('present.add')}
        </button>
        {kind === 'breakdown' && dimensions.length === 0 && <p className="present-hint">{t('present.addNoDimension')}</p>}
        {full && <p className="present-hint">{t('present.addFull', { max: MAX_SLIDES })}</p>}
      </fieldset>
    </form>
  );
}

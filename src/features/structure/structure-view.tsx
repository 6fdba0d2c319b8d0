/** Phase-I figures of the selected indicator and period under the communes and wards of 1/7/2025. */
import { useMemo } from 'react';
import { isApiError } from '@/api/api-error';
import type { Catalogue, Meta, Structure, UnitRef } from '@/api/contract';
import { useStructure } from '@/api/get-structure';
import type { Indicator } from '@/domain/indicators';
import { buildStructureRows, REORGANISED_ON, type StructureRow } from '@/domain/structure';
import { unitInSentence } from '@/domain/report/wording';
import type { ViewState } from '@/domain/view-state';
import { compareVietnamese, formatDate, formatNumber, formatPeriod } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { cellDisplay, completenessText } from '@/ui/cell-format';
import { Panel, PanelEmpty, QueryState } from '@/ui/panel';
import './structure.css';

export interface StructureViewProps {
  unit: UnitRef;
  /** The root of the old structure (the province), named in the introduction. */
  root: UnitRef;
  catalogue: Catalogue;
  meta: Meta;
  state: ViewState;
  indicator: string;
}

const NUMBER_COLUMNS = ['value', 'target', 'achievement', 'reports'] as const;

function StructureTable({ structure, props, indicator }: { structure: Structure; props: StructureViewProps; indicator: Indicator }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { unit, catalogue, meta, state } = props;
  const rows: StructureRow[] = useMemo(
    () =>
      buildStructureRows({
        units: structure.units,
        figures: structure.figures,
        scope: structure.scope,
        place: { code: unit.code, path: unit.path },
        indicator,
        catalogue: catalogue.indicators as Indicator[],
        axis: meta.quarters,
        period: state.period,
        compareText: compareVietnamese,
      }),
    [structure, unit, indicator, catalogue, meta.quarters, state.period],
  );
  const date = formatDate(structure.effectiveFrom, lang);
  const oldCount = structure.units.reduce((n, u) => n + u.from.length, 0);
  return (
    <>
      <p className="structure__intro">{t('structure.intro', { date, old: formatNumber(oldCount, lang), count: formatNumber(structure.units.length, lang), province: unitInSentence({ lang }, props.root) })}</p>
      {indicator.sensitive && (
        <p className="structure__note" role="note">
          {t('structure.sensitive')}
        </p>
      )}
      {rows.length === 0 ? (
        <PanelEmpty message={t('structure.none')} />
      ) : (
        <div className="structure-scroll" role="region" aria-label={t('structure.table', { unit: unit.name })} tabIndex={0}>
          <table className="structure-table">
            <caption>{t('structure.table', { unit: unit.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('structure.col.unit')}</th>
                <th scope="col">{t('structure.col.from')}</th>
                {NUMBER_COLUMNS.map((column) => (
                  <th key={column} scope="col" className="num">
                    {t(`structure.col.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.code}>
                  <th scope="row">{row.name}</th>
                  <td>
                    {row.from.map((o) => o.name).join(', ')}
                    {row.crossesBoundary && <span className="structure__crosses">{t('structure.crosses', { unit: unit.name })}</span>}
                  </td>
                  <td className={typeof row.cells.value === 'number' ? 'num' : 'num muted'}>{cellDisplay(row.cells, 'value', indicator, i18n).text}</td>
                  <td className="num">{cellDisplay(row.cells, 'target', indicator, i18n).text}</td>
                  <td className={`num ${row.cells.met === true ? 'met' : row.cells.met === false ? 'behind' : ''}`}>{cellDisplay(row.cells, 'achievement', indicator, i18n).text}</td>
                  <td className="num">{completenessText(row.cells, lang) ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="structure__footnote">
        {t('structure.shown', { count: formatNumber(rows.length, lang), unit: unit.name })} {t('structure.targets')}
      </p>
    </>
  );
}

export function StructureView(props: StructureViewProps) {
  const { t, lang } = useI18n();
  const query = useStructure();
  const indicator = props.catalogue.indicators.find((i) => i.code === props.indicator) as Indicator | undefined;
  const title = t('structure.title', { date: formatDate(query.data?.effectiveFrom ?? REORGANISED_ON, lang), indicator: indicator ? indicator.name[lang] : props.indicator, period: formatPeriod(props.state.period, lang) });
  const missing = isApiError(query.error) && query.error.kind === 'not_found';
  return (
    <Panel id="structure" title={title} dataDate={formatDate(props.meta.dataDate, lang)}>
      {missing || !indicator ? (
        <PanelEmpty message={t('structure.notAvailable')} />
      ) : (
        <QueryState query={query} height={300}>
          {(structure) => <StructureTable structure={structure} props={props} indicator={indicator} />}
        </QueryState>
      )}
    </Panel>
  );
}

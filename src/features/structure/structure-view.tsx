/** A structure's figures for the selected indicator and period under the units a reorganisation made of it. */
import { useMemo } from 'react';
import { Link } from 'react-router';
import { isApiError } from '@/api/api-error';
import type { Catalogue, Meta, Reorganisation, Structure, UnitRef } from '@/api/contract';
import { useStructure } from '@/api/get-structure';
import type { Indicator } from '@/domain/indicators';
import { buildStructureRows, type StructureRow } from '@/domain/structure';
import { unitId } from '@/domain/unit-id';
import { drillTo, type ViewState } from '@/domain/view-state';
import { unitInSentence } from '@/domain/report/wording';
import { compareVietnamese, formatDate, formatNumber, formatPeriod } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { cellDisplay, completenessText } from '@/ui/cell-format';
import { Panel, PanelEmpty } from '@/ui/panel';
import { QueryState } from '@/ui/query-state';
import './structure.css';

export interface StructureViewProps {
  unit: UnitRef;
  /** The root of the old structure (the province), named in the introduction. */
  root: UnitRef;
  /** The reorganisation of this unit's structure; none: the view has nothing to show. */
  reorganisation: Reorganisation | undefined;
  catalogue: Catalogue;
  meta: Meta;
  state: ViewState;
  indicator: string;
}

const NUMBER_COLUMNS = ['value', 'target', 'achievement', 'reports'] as const;

function StructureTable({
  structure,
  props,
  indicator,
  reorganisation,
}: {
  structure: Structure;
  props: StructureViewProps;
  indicator: Indicator;
  reorganisation: Reorganisation;
}) {
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
      <p className="structure__intro">
        {t('structure.intro', {
          date,
          name: reorganisation.name[lang],
          old: formatNumber(oldCount, lang),
          count: formatNumber(structure.units.length, lang),
          province: unitInSentence({ lang }, props.root),
        })}
      </p>
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
                  <th scope="row">
                    {reorganisation.after ? <Link to={drillTo(state, unitId(row.code, reorganisation.after.structure))}>{row.name}</Link> : row.name}
                  </th>
                  <td>
                    {row.from.map((o) => o.name).join(', ')}
                    {row.crossesBoundary && <span className="structure__crosses">{t('structure.crosses', { unit: unit.name })}</span>}
                  </td>
                  <td className={typeof row.cells.value === 'number' ? 'num' : 'num muted'}>{cellDisplay(row.cells, 'value', indicator, i18n).text}</td>
                  <td className="num">{cellDisplay(row.cells, 'target', indicator, i18n).text}</td>
                  <td className={`num ${row.cells.met === true ? 'met' : row.cells.met === false ? 'behind' : ''}`}>
                    {cellDisplay(row.cells, 'achievement', indicator, i18n).text}
                  </td>
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

function ReorganisedFigures({ props, indicator, reorganisation }: { props: StructureViewProps; indicator: Indicator; reorganisation: Reorganisation }) {
  const { t } = useI18n();
  const query = useStructure(reorganisation.code);
  if (isApiError(query.error) && query.error.kind === 'not_found') return <PanelEmpty message={t('structure.notAvailable')} />;
  return (
    <QueryState query={query} height={300}>
      {(structure) => <StructureTable structure={structure} props={props} indicator={indicator} reorganisation={reorganisation} />}
    </QueryState>
  );
}

export function StructureView(props: StructureViewProps) {
  const { t, lang } = useI18n();
  const { reorganisation } = props;
  const indicator = props.catalogue.indicators.find((i) => i.code === props.indicator) as Indicator | undefined;
  const what = { indicator: indicator ? indicator.name[lang] : props.indicator, period: formatPeriod(props.state.period, lang) };
  const title = reorganisation ? t('structure.title', { date: formatDate(reorganisation.date, lang), ...what }) : t('structure.titleNone', what);
  return (
    <Panel id="structure" title={title} dataDate={formatDate(props.meta.dataDate, lang)}>
      {!reorganisation || !indicator ? (
        <PanelEmpty message={t('structure.notAvailable')} />
      ) : (
        <ReorganisedFigures props={props} indicator={indicator} reorganisation={reorganisation} />
      )}
    </Panel>
  );
}

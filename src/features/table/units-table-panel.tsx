/**
 * Container of the units table: loads meta, catalogue and the unit document (cached by the page,
 * so normally instant), builds the rows for the period and binds the table state to the URL.
 */
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { Catalogue, Meta, UnitDocument } from '@/api/contract';
import { useCatalogue } from '@/api/get-catalogue';
import { useMeta } from '@/api/get-meta';
import { useUnit } from '@/api/get-unit';
import { keyIndicators } from '@/domain/indicators';
import { serializeSelection } from '@/domain/periods';
import { buildTableRows } from '@/domain/table-rows';
import { carryTableParams, parseTableView, withTableView, type TableViewState } from '@/domain/table-view-state';
import { drillTo, hrefWith, type ViewState } from '@/domain/view-state';
import { formatDate, formatPeriod } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { Panel, PanelEmpty } from '@/ui/panel';
import { QueryState } from '@/ui/query-state';
import { compareVietnamese } from '@/i18n/format';
import { UnitsTable } from './units-table';

export const TABLE_PANEL_HEIGHT = 480;

interface Props {
  unitCode: string;
  state: ViewState;
  /** The indicator selected for the page. */
  indicator: string;
}

export function UnitsTablePanel({ unitCode, state, indicator }: Props) {
  const { t, lang } = useI18n();
  const meta = useMeta();
  const catalogue = useCatalogue();
  const unit = useUnit(unitCode);
  return (
    <Panel id="units-table" title={t('table.title')} dataDate={meta.data ? formatDate(meta.data.dataDate, lang) : undefined} resetKey={unitCode}>
      <QueryState query={meta} height={TABLE_PANEL_HEIGHT}>
        {(m) => (
          <QueryState query={catalogue} height={TABLE_PANEL_HEIGHT}>
            {(cat) => (
              <QueryState query={unit} height={TABLE_PANEL_HEIGHT}>
                {(doc) => <UnitsTableBody doc={doc} catalogue={cat} meta={m} state={state} indicator={indicator} />}
              </QueryState>
            )}
          </QueryState>
        )}
      </QueryState>
    </Panel>
  );
}

interface BodyProps {
  doc: UnitDocument;
  catalogue: Catalogue;
  meta: Meta;
  state: ViewState;
  indicator: string;
}

function UnitsTableBody({ doc, catalogue, meta, state, indicator }: BodyProps) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const available = useMemo(() => new Set(catalogue.indicators.map((i) => i.code)), [catalogue]);
  const keys = useMemo(() => keyIndicators(catalogue.indicators), [catalogue]);
  const view = useMemo(() => parseTableView(state.extra, indicator, available, keys), [state.extra, indicator, available, keys]);
  const codes = view.indicators.join(',');
  const data = useMemo(
    () =>
      buildTableRows({
        parent: doc.unit,
        children: doc.children,
        figures: doc.figures,
        catalogue: catalogue.indicators,
        indicators: codes.split(',').filter(Boolean),
        axis: meta.quarters,
        period: state.period,
        compareText: compareVietnamese,
      }),
    [doc, catalogue, codes, meta.quarters, state.period],
  );

  if (doc.children.length === 0) return <PanelEmpty message={t('unit.noChildren')} />;
  if (!data.hasData) return <PanelEmpty message={t('state.empty')} />;

  const onViewChange = (next: TableViewState, options?: { replace?: boolean }) => {
    void navigate(hrefWith(state, { extra: withTableView(state.extra, next) }), { replace: options?.replace ?? false });
  };
  const periodText = formatPeriod(state.period, lang);
  return (
    <UnitsTable
      key={doc.unit.code}
      rows={data.rows}
      totals={data.totals}
      catalogue={catalogue.indicators}
      view={view}
      selected={available.has(indicator) ? indicator : null}
      onViewChange={onViewChange}
      hrefFor={(code) => carryTableParams(drillTo(state, code), state.extra)}
      caption={t('table.caption', { unit: doc.unit.name, period: periodText })}
      exportInfo={{
        programName: meta.program.name[lang],
        unitName: doc.unit.name,
        periodText,
        dataDate: formatDate(meta.dataDate, lang),
        source: meta.source[lang],
        demo: meta.demo,
      }}
      fileName={{ unit: doc.unit.name, view: 'bang-don-vi', period: serializeSelection(state.period) }}
    />
  );
}

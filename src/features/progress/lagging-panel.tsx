import { useId, useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { Catalogue, Meta, UnitDocument } from '@/api/contract';
import { laggingLevels, parseLaggingOptions, serializeLaggingOptions, type LaggingOptions } from '@/domain/lagging';
import { hrefWith, type ViewState } from '@/domain/view-state';
import { formatDate, formatNumber } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { apiErrorMessage } from '@/ui/api-error-message';
import { Panel, PanelEmpty, PanelError } from '@/ui/panel';
import { LaggingTable } from './lagging-table';
import { useLaggingRows } from './use-lagging-rows';

/** Rows shown before "show all": the worst units, the list a meeting starts from. */
export const LAGGING_FIRST = 20;

interface Props {
  doc: UnitDocument;
  catalogue: Catalogue;
  meta: Meta;
  state: ViewState;
}

/** Units below the current one at a chosen level, ranked by score, worst first; level and content area live in the URL (lv, area). */
export function LaggingPanel({ doc, catalogue, meta, state }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const navigate = useNavigate();
  const id = useId();
  const level = doc.unit.level;
  const { lv, area } = state.extra;
  const deepest = meta.levels.length;
  const options = useMemo(
    () =>
      parseLaggingOptions(
        { ...(lv ? { lv } : {}), ...(area ? { area } : {}) },
        level,
        deepest,
        catalogue.areas.map((a) => a.code),
      ),
    [lv, area, level, deepest, catalogue],
  );
  const lagging = useLaggingRows(doc, options, catalogue, meta, state.period);
  const levelName = (l: number) => meta.levels.find((x) => x.level === l)?.name[lang] ?? String(l);
  const change = (next: LaggingOptions) => void navigate(hrefWith(state, { extra: serializeLaggingOptions(next, level, deepest, state.extra) }));
  const childName = (code: string) => doc.children.find((c) => c.code === code)?.name ?? code;
  const showAll = state.extra.all === '1';
  const toggleAll = () => {
    const { all: _all, ...rest } = state.extra;
    void navigate(hrefWith(state, { extra: showAll ? rest : { ...rest, all: '1' } }));
  };
  const scored = lagging.rows.filter((r) => r.rank !== null).length;

  return (
    <Panel id="progress-lagging" title={t('progress.lagging.title')} dataDate={formatDate(meta.dataDate, lang)}>
      {!options ? (
        <PanelEmpty message={t('progress.lagging.noLevels')} />
      ) : (
        <>
          <div className="progress-controls no-print">
            <div className="field">
              <label htmlFor={`${id}-level`}>{t('progress.lagging.level')}</label>
              <select id={`${id}-level`} value={options.level} onChange={(e) => change({ ...options, level: Number(e.target.value) })}>
                {laggingLevels(level, deepest).map((l) => (
                  <option key={l} value={l}>
                    {levelName(l)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-area`}>{t('progress.lagging.area')}</label>
              <select id={`${id}-area`} value={options.area ?? ''} onChange={(e) => change({ ...options, area: e.target.value || null })}>
                <option value="">{t('progress.lagging.allAreas')}</option>
                {catalogue.areas.map((a) => (
                  <option key={a.code} value={a.code}>
                    {a.name[lang]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {lagging.failed.length > 0 && (
            <PanelError
              message={t('progress.lagging.failed', { count: lagging.failed.length, names: lagging.failed.map((f) => childName(f.code)).join(', ') })}
              onRetry={lagging.retry}
            >
              <p>{apiErrorMessage(lagging.failed[0]!.error, i18n)}</p>
            </PanelError>
          )}
          {lagging.loading ? (
            <div className="progress-loading" role="status">
              <progress max={lagging.total} value={lagging.done} aria-label={t('progress.lagging.loading', { done: lagging.done, total: lagging.total })} />
              <span>{t('progress.lagging.loading', { done: lagging.done, total: lagging.total })}</span>
            </div>
          ) : lagging.rows.every((r) => r.rank === null) ? (
            <PanelEmpty message={t('progress.lagging.empty')} />
          ) : (
            <>
              <LaggingTable
                rows={showAll ? lagging.rows : lagging.rows.slice(0, LAGGING_FIRST)}
                state={state}
                caption={t('progress.lagging.caption', { level: levelName(options.level), unit: doc.unit.name })}
                showParent={options.level === level + 2}
              />
              {lagging.rows.length > LAGGING_FIRST && (
                <p className="progress-more no-print">
                  {!showAll && (
                    <span>
                      {t('progress.lagging.shown', {
                        shown: LAGGING_FIRST,
                        total: formatNumber(lagging.rows.length, lang),
                        scored: formatNumber(scored, lang),
                      })}{' '}
                    </span>
                  )}
                  <button type="button" className="button" onClick={toggleAll} aria-pressed={showAll}>
                    {t('progress.lagging.showAll', { total: formatNumber(lagging.rows.length, lang) })}
                  </button>
                </p>
              )}
            </>
          )}
        </>
      )}
    </Panel>
  );
}

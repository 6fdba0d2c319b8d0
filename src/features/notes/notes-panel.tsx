import { useId, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useNotes } from '@/api/get-notes';
import { filterNotes, NOTE_TYPES, parseNoteType, type NoteType } from '@/domain/notes';
import { hrefWith, type ViewState } from '@/domain/view-state';
import { formatNumber, formatPeriod } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { Panel, PanelEmpty } from '@/ui/panel';
import { QueryState } from '@/ui/query-state';
import { useDeferredQuery } from '@/ui/use-deferred-query';
import { NoteCard } from './note-card';
import './notes.css';

/** URL parameters of the filters (kept by the view state as view-specific extras). */
export const NOTE_TYPE_PARAM = 'nt';
export const NOTE_PERIOD_PARAM = 'np';

/** Notes of a unit and the units below it, in time order, filtered by type and by the selected period. */
export function NotesPanel({ unitCode, state }: { unitCode: string; state: ViewState }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const id = useId();
  const query = useDeferredQuery(useNotes(unitCode));
  const type = parseNoteType(state.extra[NOTE_TYPE_PARAM]);
  const allPeriods = state.extra[NOTE_PERIOD_PARAM] === 'all';
  const setFilter = (key: string, value: string | null) => {
    const extra = { ...state.extra };
    if (value === null) delete extra[key];
    else extra[key] = value;
    void navigate(hrefWith(state, { extra }), { replace: true });
  };
  const notes = query.data?.notes;
  const shown = useMemo(() => (notes ? filterNotes(notes, { type, period: allPeriods ? null : state.period }) : []), [notes, type, allPeriods, state.period]);
  return (
    <Panel id="notes" title={t('notes.title')}>
      <form className="notes-filters" aria-label={t('notes.filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={`${id}-type`}>{t('notes.filterType')}</label>
          <select id={`${id}-type`} value={type} onChange={(e) => setFilter(NOTE_TYPE_PARAM, e.target.value === 'all' ? null : e.target.value)}>
            {(['all', ...NOTE_TYPES] as const).map((k: NoteType | 'all') => (
              <option key={k} value={k}>
                {t(`notes.type.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-period`}>{t('notes.filterPeriod')}</label>
          <select
            id={`${id}-period`}
            value={allPeriods ? 'all' : 'selected'}
            onChange={(e) => setFilter(NOTE_PERIOD_PARAM, e.target.value === 'all' ? 'all' : null)}
          >
            <option value="selected">
              {t('notes.period.selected')} ({formatPeriod(state.period, lang)})
            </option>
            <option value="all">{t('notes.period.all')}</option>
          </select>
        </div>
        {notes && (
          <p className="notes-filters__count" role="status">
            {t('notes.count', { count: formatNumber(shown.length, lang) })}
          </p>
        )}
      </form>
      <QueryState query={query} height={200}>
        {(data) =>
          shown.length === 0 ? (
            <PanelEmpty message={t(data.notes.length === 0 ? 'notes.emptyAll' : 'notes.empty')} />
          ) : (
            <ol className="notes-list">
              {shown.map((note) => (
                <li key={note.id}>
                  <NoteCard note={note} state={state} showUnit={note.unit !== unitCode} />
                </li>
              ))}
            </ol>
          )
        }
      </QueryState>
    </Panel>
  );
}

import { Link } from 'react-router';
import type { Note } from '@/api/contract';
import { drillTo, type ViewState } from '@/domain/view-state';
import { formatDate, formatPeriod } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { TableScroll } from '@/ui/table-scroll';

const paragraphs = (text: string) =>
  text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);

function monthsOf(note: Note) {
  const [fy, fm] = note.periodFrom.split('-').map(Number);
  const [ty, tm] = note.periodTo.split('-').map(Number);
  return { kind: 'range' as const, from: { year: fy ?? 0, month: fm ?? 1 }, to: { year: ty ?? 0, month: tm ?? 1 } };
}

/** One note: a difficulty reported by a unit, an inspection record or a conclusion with its requests. All of it plain text. */
export function NoteCard({ note, state, showUnit }: { note: Note; state: ViewState; showUnit: boolean }) {
  const { t, lang } = useI18n();
  const titleId = `note-${note.id}-title`.replace(/[^\w-]/g, '_');
  const requests = note.requests ?? [];
  return (
    <article className={`note note--${note.type}`} aria-labelledby={titleId}>
      <header className="note__header">
        <span className="note__type">{t(`notes.type.${note.type}`)}</span>
        <time className="note__date" dateTime={note.date}>
          {formatDate(note.date, lang)}
        </time>
        {note.documentNumber && <span className="note__number">{t('notes.documentNumber', { number: note.documentNumber })}</span>}
      </header>
      <h3 className="note__title" id={titleId}>
        {note.title}
      </h3>
      <p className="note__meta">
        {showUnit && <span>{t('notes.unit', { unit: note.unitName })} · </span>}
        <span>{t('notes.author', { author: note.author })}</span> · <span>{t('notes.about', { period: formatPeriod(monthsOf(note), lang) })}</span>
      </p>
      <div className="note__body">
        {paragraphs(note.body).map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
      {note.inspection && (
        <dl className="note__inspection">
          <div>
            <dt>{t('notes.inspection.body')}</dt>
            <dd>{note.inspection.body}</dd>
          </div>
          <div>
            <dt>{t('notes.inspection.head')}</dt>
            <dd>{note.inspection.head}</dd>
          </div>
          {note.inspection.members.length > 0 && (
            <div>
              <dt>{t('notes.inspection.members')}</dt>
              <dd>
                <ul>
                  {note.inspection.members.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
          <div>
            <dt>{t('notes.inspection.units')}</dt>
            <dd>
              {note.inspection.unitsInspected.map((code, i) => (
                <span key={code}>
                  {i > 0 && ', '}
                  <Link to={drillTo(state, code)}>{note.unitNames?.[code] ?? (code === note.unit ? note.unitName : code)}</Link>
                </span>
              ))}
            </dd>
          </div>
        </dl>
      )}
      {requests.length > 0 && (
        <TableScroll label={t('notes.requests', { done: requests.filter((r) => r.done).length, total: requests.length })}>
          <table className="note__requests">
            <caption>{t('notes.requests', { done: requests.filter((r) => r.done).length, total: requests.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('notes.request.to')}</th>
                <th scope="col">{t('notes.request.text')}</th>
                <th scope="col">{t('notes.request.deadline')}</th>
                <th scope="col">{t('notes.request.status')}</th>
              </tr>
            </thead>
            <tbody>
              {requests.map((r, i) => (
                <tr key={i}>
                  <td>{r.to}</td>
                  <td>{r.text}</td>
                  <td>{r.deadline ? formatDate(r.deadline, lang) : t('notes.request.ongoing')}</td>
                  <td className={r.done ? 'note__done' : 'note__open'}>{t(r.done ? 'notes.request.done' : 'notes.request.open')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </article>
  );
}

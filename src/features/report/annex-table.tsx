import type { Annex } from '@/domain/report/annex';

/** The annex of figures: a real table, its header repeated on every printed page. */
export function AnnexTable({ annex, source }: { annex: Annex; source: string }) {
  const cols = annex.columns.length;
  return (
    <section className="report-annex" aria-labelledby="report-annex-title">
      <p className="report-annex__title" id="report-annex-title">
        {annex.title}
      </p>
      <p className="report-annex__subtitle">{annex.subtitle}</p>
      <p className="report-annex__basis">{annex.basis}</p>
      <p className="report-annex__basis">{source}</p>
      {annex.summary && (
        <div className="report-annex__summary">
          <p className="report-annex__summary-title" id="report-annex-summary">
            {annex.summary.title}
          </p>
          <ol aria-labelledby="report-annex-summary">
            {annex.summary.lines.map((l) => (
              <li key={l.text}>
                {l.text}
                {l.sources && <span className="report-annex__sources"> {l.sources}</span>}
              </li>
            ))}
          </ol>
        </div>
      )}
      <div className="report-annex__scroll" role="region" aria-label={annex.subtitle} tabIndex={0}>
        <table className="report-annex__table">
          <caption className="visually-hidden">{annex.subtitle}</caption>
          <thead>
            <tr>
              {annex.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          {annex.groups.map((g) => (
            <tbody key={g.area}>
              <tr className="report-annex__group">
                <th scope="colgroup" colSpan={cols}>
                  {g.title}
                </th>
              </tr>
              {g.lines.map((l) => (
                <tr key={l.no}>
                  <td className="num">{l.no}</td>
                  <th scope="row">{l.indicator}</th>
                  <td>{l.unit}</td>
                  <td className="num">{l.value.text}</td>
                  <td className="num">{l.target.text}</td>
                  <td className="num">{l.achieved.text}</td>
                  <td>{l.note}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </section>
  );
}

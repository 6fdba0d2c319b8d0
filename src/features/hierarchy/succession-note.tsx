import { Fragment } from 'react';
import { Link } from 'react-router';
import type { UnitDocument } from '@/api/contract';
import { drillTo, type ViewState } from '@/domain/view-state';
import { formatDate } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';

type Succession = NonNullable<UnitDocument['reorganisedInto']>;

function UnitLinks({ succession, state }: { succession: Succession; state: ViewState }) {
  return succession.units.map((u, i) => (
    <Fragment key={u.code}>
      {i > 0 && ', '}
      <Link to={drillTo(state, u.code)}>{u.name}</Link>
    </Fragment>
  ));
}

/**
 * Where a unit stands across a reorganisation: until when it existed and which units of the next
 * structure hold its area, or when it was formed and from which old units (whose sums are its
 * figures before that date). Every unit named is a link into the other structure.
 */
export function SuccessionNote({ doc, state }: { doc: UnitDocument; state: ViewState }) {
  const { t, lang } = useI18n();
  const { reorganisedInto: into, formedFrom: from } = doc;
  return (
    <>
      {doc.unit.validTo && (
        <p className="unit-note" data-succession="ceased">
          {t('unit.ceased', { date: formatDate(doc.unit.validTo, lang) })}
          {into && (
            <>
              {' '}
              {t('unit.reorganisedInto', { date: formatDate(into.date, lang) })} <UnitLinks succession={into} state={state} />.
            </>
          )}
        </p>
      )}
      {from && (
        <p className="unit-note" data-succession="formed">
          {t('unit.formedFrom', { date: formatDate(from.date, lang) })} <UnitLinks succession={from} state={state} />.{' '}
          {t('unit.reaggregated', { date: formatDate(from.date, lang) })}
        </p>
      )}
    </>
  );
}

import { Link } from 'react-router';
import type { Meta } from '@/api/contract';
import { structureChain } from '@/domain/structures';
import { drillTo, type ViewState } from '@/domain/view-state';
import { formatDate } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';

/** Links to the root of each structure the dataset holds (before and after each reorganisation); nothing when it holds one. */
export function StructureSwitch({ meta, state }: { meta: Meta; state: ViewState }) {
  const { t, lang } = useI18n();
  const chain = structureChain(meta.reorganisations);
  if (!chain.length) return null;
  return (
    <nav aria-label={t('nav.structures')} className="structure-switch">
      <ul>
        {chain.map((s) => (
          <li key={s.structure}>
            <Link to={drillTo(state, s.rootUnit)} aria-current={s.structure === meta.structure ? 'true' : undefined} data-structure={s.structure}>
              {s.from === null
                ? t('structures.before', { date: formatDate(s.until ?? '', lang), name: s.name })
                : t('structures.from', { date: formatDate(s.from, lang), name: s.name })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

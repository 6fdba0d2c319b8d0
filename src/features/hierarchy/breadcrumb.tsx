import { Link } from 'react-router';
import './hierarchy.css';
import type { UnitRef } from '@/api/contract';
import { drillTo, type ViewState } from '@/domain/view-state';
import { useI18n } from '@/i18n/i18n-context';
import { leaveLink } from '@/ui/leave-link';

/** Province › district › commune › village; every ancestor is a link back up. */
export function Breadcrumb({ unit, ancestors, state }: { unit: UnitRef; ancestors: readonly UnitRef[]; state: ViewState }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
      <ol>
        {ancestors.map((a) => (
          <li key={a.code}>
            <Link to={drillTo(state, a.code)} onClick={leaveLink}>
              {a.name}
            </Link>
          </li>
        ))}
        <li aria-current="page">{unit.name}</li>
      </ol>
    </nav>
  );
}

import { Link } from 'react-router';
import type { UnitRef } from '@/api/contract';
import { drillTo, type ViewState } from '@/domain/view-state';
import { compareVietnamese } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { Panel } from '@/ui/panel';
import { leaveLink } from '@/ui/leave-link';

/** The units below the current one, in Vietnamese alphabetical order, each a link that drills down. */
export function ChildrenList({ units, state, dataDate }: { units: readonly UnitRef[]; state: ViewState; dataDate: string }) {
  const { t } = useI18n();
  const sorted = [...units].sort((a, b) => compareVietnamese(a.name, b.name));
  return (
    <Panel id="children" title={t('unit.children', { count: units.length })} dataDate={dataDate}>
      {sorted.length === 0 ? (
        <p>{t('unit.noChildren')}</p>
      ) : (
        <ul className="children-list">
          {sorted.map((u) => (
            <li key={u.code}>
              <Link to={drillTo(state, u.code)} onClick={leaveLink}>
                {u.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

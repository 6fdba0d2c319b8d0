/** The view state of a URL as the unit page has it: parsed, its period resolved against the compiled demo's phases. */
import { apiDocument } from '../../mocks/api-documents';
import type { Meta } from '@/api/contract';
import { resolvePeriod } from '@/domain/periods';
import { parseViewState, type ViewState } from '@/domain/view-state';

export function demoViewState(pathname: string, search: string, meta = apiDocument('v1/meta.json') as Meta): ViewState {
  const state = parseViewState(pathname, search);
  return { ...state, period: resolvePeriod(state.period, meta.phases, meta.quarters) };
}

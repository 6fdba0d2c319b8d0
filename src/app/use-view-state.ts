import { useMemo } from 'react';
import { useLocation } from 'react-router';
import { parseViewState, type ViewState } from '@/domain/view-state';

export function useViewState(): ViewState {
  const { pathname, search } = useLocation();
  return useMemo(() => parseViewState(pathname, search), [pathname, search]);
}

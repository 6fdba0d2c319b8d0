import type { ReactNode } from 'react';

/**
 * A box that scrolls a wide table sideways on a narrow screen, so the page itself never does; the
 * row headers (unit or indicator names) stay in view. Focusable, so the keyboard can scroll it.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

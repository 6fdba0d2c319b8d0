import { render, screen } from '@testing-library/react';
import { Suspense, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyView } from './lazy-view';

const Label = ({ text }: { text: string }) => <p>{text}</p>;

const inSuspense = (node: ReactNode) => render(<Suspense fallback={<p>Đang tải</p>}>{node}</Suspense>);

describe('lazyView', () => {
  it('suspends on its first render while its code loads', async () => {
    const Part = lazyView(async () => Label);
    inSuspense(<Part text="Tiêu điểm" />);
    expect(screen.getByText('Đang tải')).toBeInTheDocument();
    expect(await screen.findByText('Tiêu điểm')).toBeInTheDocument();
  });

  it('draws a part mounted after preload in the same render, without its loading state', async () => {
    const Part = lazyView(async () => Label);
    await Part.preload();
    inSuspense(<Part text="Tiêu điểm" />);
    expect(screen.getByText('Tiêu điểm')).toBeInTheDocument();
    expect(screen.queryByText('Đang tải')).toBeNull();
  });

  it('treats a failed preload as nothing loaded: the part loads on render', async () => {
    let calls = 0;
    const Part = lazyView(async () => {
      calls++;
      if (calls === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return Label;
    });
    await expect(Part.preload()).resolves.toBeUndefined();
    inSuspense(<Part text="Tiêu điểm" />);
    expect(screen.getByText('Đang tải')).toBeInTheDocument();
    expect(await screen.findByText('Tiêu điểm')).toBeInTheDocument();
    expect(calls).toBe(2);
  });
});

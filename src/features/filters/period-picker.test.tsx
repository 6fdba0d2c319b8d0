import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseViewState } from '@/domain/view-state';
import { renderWithProviders } from '../../../tests/setup/render-app';
import { PeriodPicker } from './period-picker';
import { quartersBetween } from '@/domain/periods';
import { PHASE_2021_2025 } from '../../../tests/builders/phases';

const AXIS = quartersBetween('2022Q1', '2025Q2');

describe('the period picker', () => {
  it('shows the quarters a month range will cover before it is applied', () => {
    renderWithProviders(<PeriodPicker state={parseViewState('/u/06', '?p=2022-01_2022-12')} phases={[PHASE_2021_2025]} axis={AXIS} />, {
      path: '/u/06?p=2022-01_2022-12',
    });
    // Whole quarters: nothing is added, so nothing to warn about.
    expect(screen.queryByRole('status')).toBeNull();
    fireEvent.change(screen.getByLabelText('Đến tháng'), { target: { value: '2023-05' } });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Khi áp dụng, số liệu sẽ tính: Quý I/2022 – Quý II/2023, gồm cả tháng 6/2023, vì đơn vị báo cáo theo quý',
    );
  });

  it('says what an applied snapped range holds', () => {
    renderWithProviders(<PeriodPicker state={parseViewState('/u/06', '?p=2022-02_2023-05')} phases={[PHASE_2021_2025]} axis={AXIS} />, {
      path: '/u/06?p=2022-02_2023-05',
    });
    expect(screen.getByRole('status')).toHaveTextContent('Quý I/2022 – Quý II/2023, gồm cả tháng 1/2022 và tháng 6/2023, vì đơn vị báo cáo theo quý');
    expect(screen.getByRole('status')).not.toHaveTextContent('Khi áp dụng');
  });
});

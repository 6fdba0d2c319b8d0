/** The overview's headline on the compiled demo API: its counts are the progress view's, it links there, and leaf units show no empty parts. */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../../tests/setup/render-app';

const BANDS = ['Đã đạt', 'Đúng tiến độ', 'Cần đẩy nhanh', 'Chậm tiến độ', 'Đi xuống'];

async function headlineCounts(unit: string): Promise<number[]> {
  renderAt(`/u/${unit}`);
  // The first render of a file loads the views' code cold: on a busy host that takes longer than the default wait.
  const list = await screen.findByRole('list', { name: 'Số chỉ tiêu theo mức tiến độ' }, { timeout: 20_000 });
  const counts = BANDS.map((band) => {
    const link = within(list).getByRole('link', { name: new RegExp(`^${band}: \\d+ chỉ tiêu`) });
    expect(link.getAttribute('href')).toBe(`/u/${unit}?v=progress`);
    return Number(/: (\d+) chỉ tiêu/.exec(link.getAttribute('aria-label') ?? '')?.[1]);
  });
  cleanup();
  return counts;
}

async function progressViewCounts(unit: string): Promise<number[]> {
  renderAt(`/u/${unit}?v=progress`);
  const dl = await screen.findByLabelText('Số chỉ tiêu theo xếp loại', undefined, { timeout: 20_000 });
  const counts = BANDS.map((band) => Number(within(dl).getByText(band).nextElementSibling?.textContent));
  cleanup();
  return counts;
}

describe('the headline of the overview', { timeout: 40_000 }, () => {
  it.each(['06', '058', '01858'])('counts the indicators in each status exactly as the progress view does (%s)', async (unit) => {
    const headline = await headlineCounts(unit);
    const progress = await progressViewCounts(unit);
    expect(headline).toEqual(progress);
    expect(headline.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });

  it('summarises the province in sentences with numbered sources, and names the districts that lag', async () => {
    renderAt('/u/06');
    const summary = await screen.findByRole('region', { name: 'Tóm tắt' });
    expect(within(summary).getAllByRole('listitem')[0]).toHaveTextContent(/^\d+\/\d+ chỉ tiêu đã đạt hoặc đúng tiến độ mục tiêu giai đoạn/);
    const ref = within(summary).getByRole('link', { name: 'Căn cứ câu 1' });
    const note = document.getElementById(ref.getAttribute('href')!.slice(1));
    expect(note).toHaveTextContent(/^Chỉ tiêu có mục tiêu giai đoạn: \d+; đánh giá được: \d+; Đã đạt: \d+/);
    const worst = screen.getByRole('region', { name: 'Đơn vị trực thuộc cần quan tâm' });
    expect(within(worst).getAllByRole('link')[0]).toHaveTextContent('Huyện Ngân Sơn');
    expect(screen.getByText(/Viền xanh: đạt chỉ tiêu của kỳ đang xem/)).toBeInTheDocument();
  });

  it('is updated in place by a drill, not built again', async () => {
    // Both units' documents loaded first: the drill below is a warm one, as in the bench.
    renderAt('/u/01846');
    await screen.findByRole('list', { name: 'Số chỉ tiêu theo mức tiến độ' }, { timeout: 20_000 });
    await userEvent.click(within(screen.getByRole('navigation', { name: 'Vị trí đơn vị' })).getByRole('link', { name: 'Thành phố Bắc Kạn' }));
    await screen.findByRole('heading', { level: 2, name: 'Thành phố Bắc Kạn' });
    await screen.findByRole('list', { name: 'Số chỉ tiêu theo mức tiến độ' });
    const panel = document.getElementById('headline')!;
    const city = panel.textContent;
    // The city and the ward have different numbers of units below: the panel keeps its place all the same.
    expect(within(document.getElementById('children')!).getAllByRole('link').length).not.toBe(14);
    await userEvent.click(within(document.getElementById('children')!).getByRole('link', { name: 'Phường Huyền Tụng' }));
    await screen.findByRole('heading', { level: 2, name: 'Phường Huyền Tụng' });
    await waitFor(() => expect(document.getElementById('headline')?.textContent).not.toBe(city));
    expect(within(document.getElementById('children')!).getAllByRole('link')).toHaveLength(14);
    expect(document.getElementById('headline')).toBe(panel);
  });

  it('shows a residential group without "not applicable" cards and without an empty list of units below', async () => {
    renderAt('/u/01846.14');
    await screen.findByRole('heading', { name: 'Số liệu chính' });
    expect(screen.queryByText('không áp dụng ở cấp này')).not.toBeInTheDocument();
    expect(screen.getByText(/chỉ tiêu không báo cáo ở cấp này nên không hiển thị/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Đơn vị trực thuộc/ })).not.toBeInTheDocument();
  });
});

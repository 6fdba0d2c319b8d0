/**
 * The presentation view on the compiled demo API: the deck of a ward, reordering, dropping and
 * adding slides from the keyboard, the deck kept in the browser, slide bodies composed from the
 * features with published values only, and presenting with the keys.
 */
import { screen, waitFor, within } from '@testing-library/react';
import notes from '../../data/notes.json';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderAt } from '../../tests/setup/render-app';

afterEach(() => window.localStorage.clear());

const slideList = () => screen.getByRole('list', { name: /^Các slide \(\d+\)$/ });
const titles = () =>
  within(slideList())
    .getAllByRole('button', { name: /^Slide \d+:|^\d+\./ })
    .filter((b) => b.classList.contains('present-slides__select'))
    .map((b) => b.textContent?.replace(/^\d+\.\s*/, ''));

describe('the presentation view', () => {
  it('builds the ward’s deck, edits it from the keyboard and keeps it in the browser', async () => {
    const user = userEvent.setup();
    renderAt('/u/01846?v=present');
    // The view and the slide bodies load on first use.
    await screen.findByRole('heading', { name: 'Các slide (13)' }, { timeout: 10_000 });
    const before = titles();
    expect(before.slice(0, 6)).toEqual([
      'Trang bìa',
      'Điểm chính',
      'Kết quả thực hiện so với chỉ tiêu (1/3)',
      'Kết quả thực hiện so với chỉ tiêu (2/3)',
      'Kết quả thực hiện so với chỉ tiêu (3/3)',
      'Tổ truyền thông cộng đồng đang hoạt động: kết quả theo đơn vị trực thuộc',
    ]);

    // Move slide 4 down with the keyboard: the focus stays on the moved slide's button.
    screen.getByRole('button', { name: 'Đưa slide 4 xuống' }).focus();
    await user.keyboard('{Enter}');
    expect(titles()[4]).toBe('Kết quả thực hiện so với chỉ tiêu (2/3)');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Đưa slide 5 xuống' }));
    expect(screen.getByText('Đã chuyển slide “Kết quả thực hiện so với chỉ tiêu (2/3)” đến vị trí 5.')).toBeInTheDocument();

    // Drop the map, add a trend of one residential group.
    await user.click(screen.getByRole('button', { name: 'Bỏ slide 7' }));
    expect(titles()).not.toContain('Bản đồ: Tổ truyền thông cộng đồng đang hoạt động');
    const form = screen.getByRole('group', { name: 'Thêm slide' });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Loại slide' }), 'Diễn biến theo năm');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Đơn vị' }), 'Tổ Khuổi Pái');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Chỉ tiêu' }), 'P8.1.5 – Lượt người tham dự hoạt động truyền thông');
    await user.click(within(form).getByRole('button', { name: 'Thêm slide' }));
    await screen.findByRole('heading', { name: 'Các slide (13)' });
    expect(titles().at(-1)).toBe('Lượt người tham dự hoạt động truyền thông: diễn biến theo năm – Tổ Khuổi Pái');

    // The deck is saved for this ward, indicator and period.
    const saved = JSON.parse(window.localStorage.getItem('du-an-8:present:v1:deck:01846|P8.1.1|phase')!) as { deck: string };
    expect(saved.deck).toBe('1*t*s*k*k!3*k!2*a*tr*d!!P8.1.5!sex*d!!P8.1.5!ethnicity*l*df*c*tr!01846.14!P8.1.5');

    // Restoring the default deck.
    await user.click(screen.getByRole('button', { name: 'Khôi phục bộ trình chiếu mặc định' }));
    expect(titles()).toEqual(before);
    expect(window.localStorage.getItem('du-an-8:present:v1:deck:01846|P8.1.1|phase')).toBeNull();
  }, 40_000);

  it('shows hidden counts as published on the key-figures slide, and presents with the keys', async () => {
    const user = userEvent.setup();
    renderAt('/u/01846?v=present');
    await user.click(await screen.findByRole('button', { name: /^5\. Kết quả thực hiện so với chỉ tiêu \(3\/3\)/ }, { timeout: 10_000 }));
    const preview = screen.getByRole('figure', { name: 'Xem trước slide 5' });
    const row = await within(preview).findByRole('row', { name: /Số vụ bạo lực gia đình/ });
    expect(within(row).getByText('x')).toBeInTheDocument();
    // Speaker notes for the selected slide.
    await user.type(screen.getByRole('textbox', { name: 'Ghi chú của người trình bày cho slide 5' }), 'Số liệu nhạy cảm');

    await user.click(screen.getByRole('button', { name: 'Trình chiếu từ slide 5' }));
    expect(await screen.findByRole('dialog', { name: 'Trình chiếu, slide 5/13' })).toBeInTheDocument();
    await user.keyboard('{PageDown}');
    expect(await screen.findByRole('dialog', { name: 'Trình chiếu, slide 6/13' })).toBeInTheDocument();
    await user.keyboard('13{Enter}');
    expect(await screen.findByRole('dialog', { name: 'Trình chiếu, slide 13/13' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('button', { name: 'Bắt đầu trình chiếu' })).toHaveFocus();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  }, 40_000);

  it('opens with the headline summary and goes on with long difficulties on continuation slides, nothing cut', async () => {
    const user = userEvent.setup();
    renderAt('/u/058?v=present');
    await screen.findByRole('heading', { name: /^Các slide \(\d+\)$/ }, { timeout: 10_000 });
    await waitFor(() => expect(document.querySelector('[data-deck-settled="true"]')).not.toBeNull());
    const list = titles();
    expect(list[1]).toBe('Điểm chính');
    const first = list.indexOf('Khó khăn, vướng mắc được báo cáo');
    const pages = list.filter((t) => t?.startsWith('Khó khăn, vướng mắc được báo cáo')).length;
    expect(pages).toBeGreaterThan(1);
    expect(list.slice(first + 1, first + pages)).toEqual(Array(pages - 1).fill('Khó khăn, vướng mắc được báo cáo (tiếp)'));

    // The summary: the overview's sentences, each numbered to the figures it is written from.
    await user.click(screen.getByRole('button', { name: /^2\. Điểm chính/ }));
    const summary = screen.getByRole('figure', { name: 'Xem trước slide 2' });
    expect((await within(summary).findAllByRole('listitem'))[0]).toHaveTextContent(/chỉ tiêu/);
    expect(within(summary).getByText(/^Căn cứ số liệu: \(1\) Chỉ tiêu có mục tiêu giai đoạn: \d+; đánh giá được: \d+/)).toBeInTheDocument();

    // Every page of the difficulties, read in order, gives both reports of the city in full, newest first.
    let text = '';
    for (let n = first + 1; n < first + 1 + pages; n++) {
      await user.click(screen.getByRole('button', { name: new RegExp(`^${n}\\. Khó khăn`) }));
      const preview = screen.getByRole('figure', { name: `Xem trước slide ${n}` });
      const parts = await within(preview).findAllByText((_, el) => el?.classList.contains('slide-notes__text') ?? false);
      text += ` ${parts.map((p) => p.textContent).join(' ')}`;
    }
    const squeeze = (t: string) => t.replace(/\s+/g, ' ').trim();
    const bodies = notes
      .filter((n) => n.type === 'difficulty' && n.unit === '058')
      .sort((a, b) => b.date.localeCompare(a.date))
      .map((n) => n.body);
    expect(bodies).toHaveLength(2);
    expect(squeeze(text)).toBe(squeeze(bodies.join(' ')));
  }, 40_000);
});

/** The notes list on the compiled demo API through msw: data in time order, filters in the URL, empty and failing states. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { faults } from '../../../mocks/faults';
import { server } from '../../../mocks/server';
import { renderWithProviders } from '../../../tests/setup/render-app';
import { NotesPanel } from './notes-panel';
import { demoViewState } from '../../../tests/setup/demo-view-state';

/** The panel with its state read from the URL, as the app does, so filter changes show. */
function FromUrl() {
  const { pathname, search } = useLocation();
  const state = demoViewState(pathname, search);
  return <NotesPanel unitCode={state.unit!} state={state} />;
}

const renderNotes = (path: string) => renderWithProviders(<FromUrl />, { path });

const titles = () => screen.getAllByRole('article').map((a) => within(a).getByRole('heading', { level: 3 }).textContent);

describe('notes of a unit', () => {
  it('lists the city’s difficulties, the inspection and the conclusion in time order, with the team and the requests', async () => {
    renderNotes('/u/058?p=2022-01_2023-05&v=notes');
    await screen.findByText('Kiểm tra việc triển khai thực hiện Dự án 8 tại thành phố Bắc Kạn');
    expect(titles()).toEqual([
      'Khó khăn, vướng mắc trong triển khai Dự án 8 trên địa bàn thành phố Bắc Kạn (từ năm 2022 đến tháng 5/2023)',
      'Kiểm tra việc triển khai thực hiện Dự án 8 tại thành phố Bắc Kạn',
      'Thông báo kết luận của Đoàn kiểm tra về việc triển khai thực hiện Dự án 8 tại thành phố Bắc Kạn',
    ]);
    const inspection = screen.getByRole('article', { name: 'Kiểm tra việc triển khai thực hiện Dự án 8 tại thành phố Bắc Kạn' });
    expect(inspection).toHaveTextContent('Trần Trung Kiên, Phó Trưởng Ban Dân vận Tỉnh ủy');
    expect(inspection).toHaveTextContent('11/05/2023');
    const conclusion = screen.getByRole('article', { name: /^Thông báo kết luận/ });
    expect(conclusion).toHaveTextContent('Số 25-TB/BDVTU');
    const requests = within(conclusion).getByRole('table', { name: 'Các đề nghị (0/1 đã thực hiện)' });
    expect(within(requests).getAllByRole('row')).toHaveLength(2);
    expect(within(requests).getByRole('row', { name: /Khẩn trương rà soát, đề xuất chỉ tiêu/ })).toHaveTextContent('15/06/2023Chưa thực hiện');
    expect(screen.getByRole('status')).toHaveTextContent('3 ghi chú');
  });

  it('filters by type and shows every period on request, both kept in the URL', async () => {
    const user = userEvent.setup();
    renderNotes('/u/058?p=2022-01_2023-05&v=notes');
    await screen.findByText('Kiểm tra việc triển khai thực hiện Dự án 8 tại thành phố Bắc Kạn');
    await user.selectOptions(screen.getByLabelText('Loại'), 'difficulty');
    expect(titles()).toEqual(['Khó khăn, vướng mắc trong triển khai Dự án 8 trên địa bàn thành phố Bắc Kạn (từ năm 2022 đến tháng 5/2023)']);
    await user.selectOptions(screen.getByLabelText('Thời gian'), 'all');
    expect(titles()).toEqual([
      'Khó khăn, vướng mắc trong triển khai Dự án 8 trên địa bàn thành phố Bắc Kạn (từ năm 2022 đến tháng 5/2023)',
      'Kết quả thực hiện Thông báo số 25-TB/BDVTU và khó khăn, vướng mắc',
    ]);
  });

  it('shows data text as text, never as markup', async () => {
    server.use(
      faults.contract(
        (doc) => {
          const notes = doc.notes as { title: string; body: string }[];
          notes[0]!.title = '<img src=x onerror=alert(1)>Tiêu đề';
          notes[0]!.body = '<b>đậm</b>';
        },
        (path) => path === 'v1/notes/058.json',
      ),
    );
    const { container } = renderNotes('/u/058?v=notes');
    expect(await screen.findByText('<img src=x onerror=alert(1)>Tiêu đề')).toBeInTheDocument();
    expect(screen.getByText('<b>đậm</b>')).toBeInTheDocument();
    expect(container.querySelector('img, b')).toBeNull();
  });

  it('says so when a unit has no notes at all', async () => {
    // Phường Nguyễn Thị Minh Khai: nothing reported, never visited by an inspection.
    renderNotes('/u/01834?v=notes');
    expect(await screen.findByText('Đơn vị này và các đơn vị trực thuộc chưa có ghi chú nào.')).toBeInTheDocument();
  });

  it('lists on a visited ward the inspection of its city and the conclusion that closed it', async () => {
    renderNotes('/u/01846?p=2022-01_2023-05&v=notes');
    await screen.findByText('Kiểm tra việc triển khai thực hiện Dự án 8 tại thành phố Bắc Kạn');
    expect(titles()).toEqual([
      'Kiểm tra việc triển khai thực hiện Dự án 8 tại thành phố Bắc Kạn',
      'Thông báo kết luận của Đoàn kiểm tra về việc triển khai thực hiện Dự án 8 tại thành phố Bắc Kạn',
    ]);
  });

  it('names the units the inspection visited, not their codes', async () => {
    renderNotes('/u/01846?p=2022-01_2023-05&v=notes');
    await screen.findByText('Kiểm tra việc triển khai thực hiện Dự án 8 tại thành phố Bắc Kạn');
    const visited = screen.getByText('Đơn vị được kiểm tra').nextElementSibling as HTMLElement;
    expect(
      within(visited)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Thành phố Bắc Kạn', 'Phường Huyền Tụng', 'Tổ Khuổi Pái']);
  });

  it('says so when no note matches the filters', async () => {
    renderNotes('/u/058?p=2021&v=notes');
    expect(await screen.findByText('Không có ghi chú nào phù hợp.')).toBeInTheDocument();
  });

  it('shows the failure with a retry that works', async () => {
    const user = userEvent.setup();
    server.use(faults.status(500, (path) => path === 'v1/notes/058.json'));
    renderNotes('/u/058?p=2022-01_2023-05&v=notes');
    expect(await screen.findByRole('alert')).toHaveTextContent('Máy chủ dữ liệu gặp lỗi (mã 500)');
    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByText('Kiểm tra việc triển khai thực hiện Dự án 8 tại thành phố Bắc Kạn')).toBeInTheDocument();
  });
});

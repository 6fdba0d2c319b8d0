/** The report view on the compiled demo API through msw: editing, drafts kept in the browser, reset, failures. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogueSchema, metaSchema, unitDocumentSchema } from '@/api/contract';
import { draftKey } from '@/domain/report/draft';
import { apiDocument } from '../../../mocks/api-documents';
import { faults } from '../../../mocks/faults';
import { server } from '../../../mocks/server';
import { renderWithProviders } from '../../../tests/setup/render-app';
import { ReportView } from './report-view';
import { demoViewState } from '../../../tests/setup/demo-view-state';

const meta = metaSchema.parse(apiDocument('v1/meta.json'));
const catalogue = catalogueSchema.parse(apiDocument('v1/catalogue.json'));
const doc = unitDocumentSchema.parse(apiDocument('v1/units/058.json'));
const PATH = '/u/058?p=2022-01_2023-05&v=report';
const KEY = draftKey('058', '2022-01_2023-05', 'vi');

function renderReport() {
  const [pathname, search] = PATH.split('?');
  const state = demoViewState(pathname!, `?${search}`);
  return renderWithProviders(<ReportView doc={doc} catalogue={catalogue} meta={meta} state={state} />, { path: PATH });
}

const sheet = () => screen.findByRole('article', { name: 'Văn bản thông báo, sửa trực tiếp từng phần' });
const field = async (name: string) => within(await sheet()).findByRole('textbox', { name });
const valueOf = (el: HTMLElement) => (el as HTMLTextAreaElement).value;

afterEach(() => localStorage.clear());

describe('the report view', () => {
  it('generates the notice from the figures and the notes', async () => {
    renderReport();
    expect(await field('Số, ký hiệu văn bản')).toHaveValue('Số 25-TB/BDVTU');
    expect(valueOf(await field('Kết quả đạt được'))).toContain('Tại tổ dân phố Khuổi Pái, phường Huyền Tụng:');
    expect(screen.getByRole('status')).toHaveTextContent('Chưa chỉnh sửa');
    expect(await screen.findByRole('group', { name: 'Đề nghị 1' })).toBeInTheDocument();
  });

  it('offers the exports only once the notice is built', async () => {
    renderReport();
    const docx = screen.getByRole('button', { name: 'Tải về DOCX' });
    expect(docx).toBeDisabled();
    await sheet();
    expect(docx).toBeEnabled();
  });

  it('on a residential group the city’s inspection visited, writes the notice of that inspection for the group', async () => {
    const group = unitDocumentSchema.parse(apiDocument('v1/units/01846.14.json'));
    const path = '/u/01846.14?p=2022-01_2023-05&v=report';
    renderWithProviders(<ReportView doc={group} catalogue={catalogue} meta={meta} state={demoViewState('/u/01846.14', '?p=2022-01_2023-05&v=report')} />, {
      path,
    });
    expect(await field('Số, ký hiệu văn bản')).toHaveValue('Số 25-TB/BDVTU');
    expect(valueOf(await field('Trích yếu nội dung'))).toBe('Kết luận của Đoàn kiểm tra về việc triển khai thực hiện Dự án 8 tại tổ dân phố Khuổi Pái');
    expect(valueOf(await field('Phần mở đầu'))).toContain('ngày 11 tháng 5 năm 2023, Đoàn kiểm tra do đồng chí Trần Trung Kiên');
  });

  it('saves each edit in the browser, marks it, restores it after a remount and resets it on request', async () => {
    const user = userEvent.setup();
    const first = renderReport();
    const signer = await field('Họ tên người ký');
    await user.clear(signer);
    await user.type(signer, 'Nguyễn Thị A');
    expect(JSON.parse(localStorage.getItem(KEY)!).fields.signer).toBe('Nguyễn Thị A');
    expect(screen.getByRole('status')).toHaveTextContent(/^Bản nháp lưu lúc \d\d:\d\d ngày \d\d\/\d\d\/\d{4}/);
    first.unmount();

    renderReport();
    expect(await field('Họ tên người ký')).toHaveValue('Nguyễn Thị A');
    await user.click(screen.getByRole('button', { name: 'Dùng văn bản tạo tự động cho phần: Họ tên người ký' }));
    expect(await field('Họ tên người ký')).toHaveValue('Trần Trung Kiên');
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('edits, deletes and adds requests, and takes over those of the issued notice', async () => {
    const user = userEvent.setup();
    renderReport();
    await screen.findByRole('group', { name: 'Đề nghị 1' });
    const count = () => screen.getAllByRole('group', { name: /^Đề nghị \d+$/ }).length;
    const drafted = count();
    await user.click(screen.getByRole('button', { name: 'Xoá đề nghị 1' }));
    expect(count()).toBe(drafted - 1);
    await user.click(screen.getByRole('button', { name: 'Thêm đề nghị' }));
    const added = screen.getByRole('group', { name: `Đề nghị ${drafted}` });
    await user.type(within(added).getByRole('textbox', { name: 'Cơ quan, đơn vị thực hiện' }), 'Đảng ủy phường Huyền Tụng');
    expect(JSON.parse(localStorage.getItem(KEY)!).requests.at(-1).to).toBe('Đảng ủy phường Huyền Tụng');
    await user.click(screen.getByRole('button', { name: 'Dùng các đề nghị của Thông báo số 25-TB/BDVTU' }));
    expect(count()).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Dùng các đề nghị tạo tự động' }));
    expect(count()).toBe(drafted);
  });

  it('discards every edit only after a confirmation', async () => {
    const user = userEvent.setup();
    renderReport();
    await user.type(await field('Câu kết'), ' Thêm.');
    await user.click(screen.getByRole('button', { name: 'Khôi phục văn bản tạo tự động' }));
    expect(localStorage.getItem(KEY)).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Xác nhận bỏ mọi chỉnh sửa' }));
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(valueOf(await field('Câu kết'))).toMatch(/thực hiện\.\/\.$/);
  });

  it('keeps typing on the page when browser storage refuses, and says so', async () => {
    const user = userEvent.setup();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    renderReport();
    await user.type(await field('Họ tên người ký'), 'X');
    expect(await field('Họ tên người ký')).toHaveValue('Trần Trung KiênX');
    expect(screen.getByRole('alert')).toHaveTextContent('Không lưu được bản nháp vào bộ nhớ trình duyệt');

    // Storage works again: the next keystroke saves everything typed, and the warning goes.
    vi.mocked(Storage.prototype.setItem).mockRestore();
    await user.type(await field('Họ tên người ký'), 'Y');
    expect(JSON.parse(localStorage.getItem(KEY)!).fields.signer).toBe('Trần Trung KiênXY');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('still writes the notice, with placeholders, when the notes cannot be loaded', async () => {
    server.use(faults.status(500, (path) => path === 'v1/notes/058.json'));
    renderReport();
    expect(await field('Số, ký hiệu văn bản')).toHaveValue('Số …-TB/BDVTU');
    expect(screen.getByRole('alert')).toHaveTextContent('Không tải được ghi chú của đơn vị');
    expect(valueOf(await field('Kết quả đạt được'))).toContain('Tổ chức được 01 hội nghị');
  });
});

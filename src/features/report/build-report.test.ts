import { describe, expect, it } from 'vitest';
import { apiDocument } from '../../../mocks/api-documents';
import type { Catalogue, Meta, Notes, UnitDocument } from '@/api/contract';
import { catalogueSchema, metaSchema, notesSchema, unitDocumentSchema } from '@/api/contract';
import { buildReport } from '@/domain/report/document';
import { requestLine } from '@/domain/report/requests';
import { annexTextRows } from '@/domain/report/annex';
import { parseSelection } from '@/domain/periods';
import { createWording } from './report-wording';
import { otherInspectedUnits, reportInput } from './report-input';

const meta: Meta = metaSchema.parse(apiDocument('v1/meta.json'));
const catalogue: Catalogue = catalogueSchema.parse(apiDocument('v1/catalogue.json'));
const unitDoc = (code: string): UnitDocument => unitDocumentSchema.parse(apiDocument(`v1/units/${code}.json`));
const notesOf = (code: string): Notes => notesSchema.parse(apiDocument(`v1/notes/${code}.json`));

function generate(code: string, period: string, lang: 'vi' | 'en' = 'vi', withNotes = true) {
  const w = createWording(lang);
  const doc = unitDoc(code);
  const notes = withNotes ? notesOf(code).notes : null;
  const sel = parseSelection(period)!;
  const subDocs = new Map(otherInspectedUnits(doc, notes, sel).map((c) => [c, unitDoc(c)] as const));
  const report = buildReport(w, reportInput(w, { doc, catalogue, meta, period: sel, notes, subDocs, today: '2025-07-10' }));
  return { report, w };
}

describe('the notice for the seed case (Thành phố Bắc Kạn, 1/2022 – 5/2023)', () => {
  const { report, w } = generate('058', '2022-01_2023-05');

  it('has the Party document header of the issued conclusion', () => {
    expect(report.fields.party).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(report.fields.issuer).toBe('TỈNH ỦY BẮC KẠN\nBAN DÂN VẬN\n*');
    expect(report.fields.number).toBe('Số 25-TB/BDVTU');
    expect(report.fields.placeDate).toBe('Bắc Kạn, ngày 15 tháng 5 năm 2023');
    expect(report.fields.title).toBe('THÔNG BÁO');
    expect(report.fields.subtitle).toBe('Kết luận của Đoàn kiểm tra về việc triển khai thực hiện Dự án 8 tại thành phố Bắc Kạn');
  });

  it('opens with the inspection: date, team and the units visited', () => {
    expect(report.fields.opening).toContain('ngày 11 tháng 5 năm 2023');
    expect(report.fields.opening).toContain('đồng chí Lương Thị Thu Hường, Phó Trưởng ban Dân vận Tỉnh ủy làm Trưởng đoàn');
    expect(report.fields.opening).toContain('Ma Thị Thanh Nga');
    expect(report.fields.opening).toContain('quý I/2022 – quý II/2023, gồm cả tháng 6/2023, vì đơn vị báo cáo theo quý tại thành phố Bắc Kạn, phường Huyền Tụng và tổ dân phố Khuổi Pái');
  });

  it('writes the Khuổi Pái conference in the results, with who took part', () => {
    const khuoiPai = report.fields.results.split('\n').find((l) => l.startsWith('Tại tổ dân phố Khuổi Pái'));
    expect(khuoiPai).toMatch(/^Tại tổ dân phố Khuổi Pái, phường Huyền Tụng: /);
    expect(khuoiPai).toContain('tổ chức được 01 hội nghị, chiến dịch, sự kiện truyền thông; thu hút 67 lượt người');
    expect(khuoiPai).toContain('trưởng ban công tác Mặt trận 01');
    expect(khuoiPai).toContain('bí thư chi bộ 01');
    expect(khuoiPai).toContain('cựu chiến binh 04');
    // The role breakdown was reported for the 55 participants of the conference quarter only.
    expect(khuoiPai).toContain('có thông tin thành phần của 55/67 lượt người');
    expect(report.fields.results).toContain('- Tổ chức được 01 hội nghị, chiến dịch, sự kiện truyền thông (chưa được giao chỉ tiêu).');
  });

  it('finds that no budget was allocated and asks the city Party committee to arrange resources', () => {
    expect(report.fields.shortcomings).toContain('- Chưa được phân bổ kinh phí thực hiện Dự án 8 quý I/2022 – quý II/2023, gồm cả tháng 6/2023, vì đơn vị báo cáo theo quý.');
    expect(report.requests.find((r) => r.id === 'noBudget')).toMatchObject({ to: 'Ban Thường vụ Thành ủy Bắc Kạn', deadline: null });
  });

  it('finds the missing annual targets and drafts the request to the city Women’s Union', () => {
    expect(report.fields.shortcomings).toContain('Chưa được giao, chưa đề xuất chỉ tiêu thực hiện hằng năm của Dự án 8 (năm 2022 và 2023)');
    const first = report.requests[0]!;
    expect(first).toMatchObject({ id: 'missingTargets', to: 'Hội LHPN thành phố Bắc Kạn', deadline: '2023-06-14' });
    expect(requestLine(w, first)).toBe(
      '- Hội LHPN thành phố Bắc Kạn khẩn trương rà soát, đề xuất chỉ tiêu thực hiện hằng năm của Dự án 8 (năm 2022 và 2023), báo cáo Hội LHPN tỉnh Bắc Kạn để tổng hợp, trình giao chỉ tiêu. Thời hạn: trước ngày 14 tháng 6 năm 2023.',
    );
  });

  it('quotes the difficulties the city reported before the notice, not later ones', () => {
    expect(report.fields.shortcomings).toContain('Hội LHPN thành phố Bắc Kạn, ngày 05/05/2023: Khó khăn, vướng mắc trong triển khai Dự án 8');
    expect(report.fields.shortcomings).toContain('Thứ nhất, Dự án 8 triển khai trên địa bàn thành phố muộn hơn');
    expect(report.fields.shortcomings).not.toContain('Kết quả thực hiện Thông báo số 25-TB/BDVTU');
  });

  it('closes with the formula, recipients and the deputy head’s signature', () => {
    expect(report.fields.closing).toMatch(/thông báo để các cơ quan, đơn vị biết, thực hiện\.\/\.$/);
    expect(report.fields.recipients.split('\n')[0]).toBe('Nơi nhận:');
    expect(report.fields.recipients).toContain('- Hội LHPN thành phố Bắc Kạn,');
    expect(report.fields.recipients.split('\n').at(-1)).toBe('- Lưu Văn phòng Ban.');
    expect(report.fields.signature).toBe('K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN');
    expect(report.fields.signer).toBe('Lương Thị Thu Hường');
  });

  it('leaves out sensitive counts the yearly totals cannot answer for a month range, and says why', () => {
    const violence = annexTextRows(report.annex).find((r) => r[1] === 'Số vụ bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện');
    expect(violence?.[3]).toBe('');
    expect(violence?.[6]).toContain('chỉ công bố theo năm và cả giai đoạn');
    expect(report.fields.results).not.toMatch(/bạo lực/);
  });

  it('has an annex row per indicator, with quarters it is built from', () => {
    const rows = annexTextRows(report.annex);
    expect(rows[0]).toEqual(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả', 'Chỉ tiêu giao', 'Tỷ lệ đạt', 'Ghi chú']);
    expect(rows.find((r) => r[1] === 'Hội nghị, chiến dịch, sự kiện truyền thông')?.slice(2, 5)).toEqual(['hội nghị, sự kiện', '1', '']);
    expect(report.annex.basis).toBe('Số liệu tổng hợp từ báo cáo quý, từ Quý I/2022 đến Quý II/2023; số liệu đến ngày 15/05/2023.');
  });
});

describe('the notice without an inspection note', () => {
  it('keeps editable placeholders for what only the inspection could say', () => {
    const { report } = generate('061', '2024', 'vi');
    expect(report.fields.number).toBe('Số …-TB/BDVTU');
    expect(report.fields.placeDate).toBe('Bắc Kạn, ngày 10 tháng 7 năm 2025');
    expect(report.fields.opening).toContain('ngày … tháng … năm …, Đoàn kiểm tra do đồng chí … làm Trưởng đoàn đã kiểm tra');
    expect(report.fields.signer).toBe('…');
  });

  it('still generates when the notes could not be loaded', () => {
    const { report } = generate('058', '2022-01_2023-05', 'vi', false);
    expect(report.fields.number).toBe('Số …-TB/BDVTU');
    expect(report.fields.results).toContain('Tổ chức được 01 hội nghị');
  });

  it('is written in English when the page is', () => {
    const { report } = generate('058', '2022-01_2023-05', 'en');
    expect(report.fields.title).toBe('NOTICE');
    expect(report.fields.results).toContain('Held 01 communication conferences, campaigns and events (no target assigned).');
  });
});

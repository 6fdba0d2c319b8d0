import { describe, expect, it } from 'vitest';
import { apiDocument } from '../../../mocks/api-documents';
import type { Catalogue, Meta, Notes, UnitDocument } from '@/api/contract';
import { catalogueSchema, metaSchema, notesSchema, unitDocumentSchema } from '@/api/contract';
import { buildReport } from '@/domain/report/document';
import { requestLine } from '@/domain/report/requests';
import { annexTextRows } from '@/domain/report/annex';
import { parseSelection, resolvePeriod } from '@/domain/periods';
import { createWording } from './report-wording';
import { inspectedUnitsToLoad, reportInput } from './report-input';

const meta: Meta = metaSchema.parse(apiDocument('v1/meta.json'));
const catalogue: Catalogue = catalogueSchema.parse(apiDocument('v1/catalogue.json'));
const unitDoc = (code: string): UnitDocument => unitDocumentSchema.parse(apiDocument(`v1/units/${code}.json`));
const notesOf = (code: string): Notes => notesSchema.parse(apiDocument(`v1/notes/${code}.json`));

function generate(code: string, period: string, lang: 'vi' | 'en' = 'vi', withNotes = true) {
  const w = createWording(lang);
  const doc = unitDoc(code);
  const notes = withNotes ? notesOf(code).notes : null;
  const sel = resolvePeriod(parseSelection(period)!, meta.phases, meta.quarters);
  const subDocs = new Map(inspectedUnitsToLoad(doc, notes, sel).map((c) => [c, unitDoc(c)] as const));
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
    expect(report.fields.opening).toContain('đồng chí Trần Trung Kiên, Phó Trưởng Ban Dân vận Tỉnh ủy làm Trưởng đoàn');
    expect(report.fields.opening).toContain(
      'quý I/2022 – quý II/2023, gồm cả tháng 6/2023, vì đơn vị báo cáo theo quý tại thành phố Bắc Kạn, phường Huyền Tụng và tổ dân phố Khuổi Pái',
    );
  });

  it('names the Khuổi Pái conference the inspection saw, under ND1, with who took part', () => {
    const lines = report.fields.results.split('\n');
    const nd1 = lines.indexOf('a) ND1 – Truyền thông thay đổi “nếp nghĩ, cách làm”:');
    expect(nd1).toBeGreaterThan(0);
    const conference = lines[nd1 + 1]!;
    expect(conference).toMatch(/^- Tại tổ dân phố Khuổi Pái, phường Huyền Tụng: Hội LHPN thành phố phối hợp với Hội LHPN phường Huyền Tụng/);
    expect(conference).toContain('01 hội nghị truyền thông thay đổi “nếp nghĩ, cách làm”');
    expect(conference).toContain('bí thư chi bộ, tổ trưởng tổ dân phố, trưởng ban công tác Mặt trận, chi hội trưởng phụ nữ, cựu chiến binh, bí thư chi đoàn');
    expect(report.fields.results).toContain('- Tổ chức được 01 hội nghị, chiến dịch, sự kiện truyền thông (chưa được giao chỉ tiêu).');
  });

  it('carries the overview’s progress summary in the annex, read at the end of the inspected months, each sentence with its figures', () => {
    const summary = report.annex.summary!;
    expect(summary.title).toBe('Tóm tắt tiến độ đến mục tiêu giai đoạn, tính đến quý II/2023');
    expect(summary.lines[0]!.text).toMatch(/^(\d+)\/(\d+) chỉ tiêu đã đạt hoặc đúng tiến độ mục tiêu giai đoạn; \d+ chỉ tiêu cần đẩy nhanh/);
    expect(summary.lines[0]!.sources).toMatch(/^Căn cứ: Chỉ tiêu có mục tiêu giai đoạn: \d+; đánh giá được: \d+; Đã đạt: \d+; Đúng tiến độ: \d+/);
    // A notice on the whole phase with no inspection to conclude reads it as of the last quarter with data.
    expect(generate('061', 'phase').report.annex.summary?.title).toBe('Tóm tắt tiến độ đến mục tiêu giai đoạn, tính đến quý II/2025');
  });

  it('states each result once: the city’s figures, all from Khuổi Pái, are not repeated for the ward and the group', () => {
    expect(report.fields.results.match(/01 hội nghị, chiến dịch, sự kiện truyền thông/g)).toHaveLength(1);
    expect(report.fields.results).not.toMatch(/^Tại phường Huyền Tụng/m);
    expect(report.fields.results).toContain('Các kết quả nêu trên đều được thực hiện tại tổ dân phố Khuổi Pái, phường Huyền Tụng.');
  });

  it('finds that no budget was allocated and asks the city Party committee to arrange resources', () => {
    expect(report.fields.shortcomings).toContain(
      '- Chưa được phân bổ kinh phí thực hiện Dự án 8 quý I/2022 – quý II/2023, gồm cả tháng 6/2023, vì đơn vị báo cáo theo quý.',
    );
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

  it('summarises the difficulties the city reported before the notice, without pasting them, and names the source in the annex', () => {
    expect(report.fields.shortcomings).toContain(
      '- Hội LHPN thành phố Bắc Kạn (ngày 05/05/2023): Dự án 8 triển khai trên địa bàn thành phố muộn hơn so với các huyện; kinh phí được phân bổ hạn chế do thành phố không có xã, thôn đặc biệt khó khăn;',
    );
    expect(report.fields.shortcomings).not.toMatch(/Thứ nhất|Thực hiện Quyết định|Kết quả:|Đề xuất:/);
    expect(report.fields.shortcomings).not.toContain('chỉ tiêu thực hiện năm 2023; kinh phí năm 2023');
    expect(report.annex.basis).toContain(
      'Báo cáo khó khăn, vướng mắc: Hội LHPN thành phố Bắc Kạn, ngày 05/05/2023, “Khó khăn, vướng mắc trong triển khai Dự án 8',
    );
  });

  it('closes with the formula, recipients and the deputy head’s signature', () => {
    expect(report.fields.closing).toMatch(/thông báo để các cơ quan, đơn vị biết, thực hiện\.\/\.$/);
    expect(report.fields.recipients.split('\n')[0]).toBe('Nơi nhận:');
    expect(report.fields.recipients).toContain('- Hội LHPN thành phố Bắc Kạn,');
    expect(report.fields.recipients.split('\n').at(-1)).toBe('- Lưu Văn phòng Ban.');
    expect(report.fields.signature).toBe('K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN');
    expect(report.fields.signer).toBe('Trần Trung Kiên');
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
    expect(report.annex.basis.split('\n')[0]).toBe('Số liệu tổng hợp từ báo cáo quý, từ Quý I/2022 đến Quý II/2023; số liệu đến ngày 15/05/2023.');
  });
});

describe('the notice for Thành phố Bắc Kạn opened on the default period (the phase)', () => {
  const { report, w } = generate('058', 'phase');
  const lines = report.requests.map((r) => requestLine(w, r));

  it('reports on the period of the inspection it concludes, never contradicting its date', () => {
    expect(report.fields.placeDate).toBe('Bắc Kạn, ngày 15 tháng 5 năm 2023');
    expect(report.fields.opening).toContain('quý I/2022 – quý II/2023, gồm cả tháng 6/2023, vì đơn vị báo cáo theo quý tại thành phố Bắc Kạn');
    expect(report.fields.results).toMatch(/^Quý I\/2022 – quý II\/2023, .*thành phố Bắc Kạn đã triển khai/);
    const text = Object.values(report.fields).join('\n') + lines.join('\n');
    expect(text).not.toMatch(/giai đoạn đến ngày|năm 2025|năm 2024/);
  });

  it('contains the Khuổi Pái conference', () => {
    expect(report.fields.results).toContain('Tại tổ dân phố Khuổi Pái, phường Huyền Tụng: Hội LHPN thành phố phối hợp');
    expect(report.fields.results).toContain('01 hội nghị truyền thông thay đổi “nếp nghĩ, cách làm”');
  });

  it('asks each body once, with deadlines after the notice, addressed to the bodies that must act', () => {
    expect(new Set(lines).size).toBe(lines.length);
    expect(new Set(report.requests.map((r) => r.text)).size).toBe(report.requests.length);
    for (const r of report.requests) if (r.deadline) expect(r.deadline > '2023-05-15').toBe(true);
    expect(report.requests.map((r) => r.to)).toEqual([
      'Hội LHPN thành phố Bắc Kạn',
      'Hội LHPN thành phố Bắc Kạn',
      'Ban Thường vụ Thành ủy Bắc Kạn',
      'Hội LHPN tỉnh Bắc Kạn',
      'Hội LHPN phường Huyền Tụng',
      'Ban Dân vận Thành ủy Bắc Kạn',
    ]);
    expect(lines.at(-1)).toBe(
      '- Ban Dân vận Thành ủy Bắc Kạn theo dõi, đôn đốc các cơ quan, đơn vị thực hiện các nội dung của Thông báo này; báo cáo kết quả về Ban Dân vận Tỉnh ủy Bắc Kạn. Thời hạn: trước ngày 31 tháng 12 năm 2023.',
    );
  });

  it('uses one kind of quotation marks', () => {
    expect(Object.values(report.fields).join('\n')).not.toContain('"');
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

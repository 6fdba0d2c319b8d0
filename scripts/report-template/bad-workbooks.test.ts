import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { tinyDataset } from '../compile/tiny-dataset';
import { importReports } from './import-reports';
import { editWorkbook, fill, fillDifficulty, rowOfKey, templateFor, writeDataset } from './test-workbooks';

const TODAY = new Date('2024-01-20T00:00:00Z');
const NAME = 'C1_2023Q4_xa-mot.xlsx';
const V1 = 'C1.01 Thôn 1';
const files = tinyDataset();
let template: Uint8Array;
let data: string;

/** Every file of the dataset folder and its hash: a failed import must leave them all as they were. */
const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );

async function importOne(name: string, bytes: Uint8Array | string, replace = false): Promise<string[]> {
  const inbox = mkdtempSync(join(tmpdir(), 'da8-bad-'));
  writeFileSync(join(inbox, name), bytes);
  const outcome = await importReports([join(inbox, name)], { dataDir: data, replace, dryRun: false, today: TODAY, log: () => undefined });
  return outcome.problems;
}

/** Excel keeps a control character in a cell as "_x0007_" in the XML; the template library drops it, so it is written here by hand. */
async function excelEscaped(bytes: Uint8Array, marker: string, escape: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
  zip.file('xl/sharedStrings.xml', strings.replace(marker, escape));
  return zip.generateAsync({ type: 'uint8array' });
}

const edit = (change: Parameters<typeof editWorkbook>[1]) => editWorkbook(template, change);
const onV1 = (change: (ws: Parameters<Parameters<typeof editWorkbook>[1]>[0]) => void) => edit((ws, unit) => unit === 'C1.01' && change(ws));

beforeAll(async () => {
  data = writeDataset(files);
  template = (await templateFor(files, 'C1', '2023Q4')).bytes;
});

describe('a bad report gives its located message and changes no file', () => {
  const cases: [string, () => Promise<Uint8Array | string>, string, string][] = [
    ['a text file', async () => 'unit,period\nthis is not a template', 'ghi-chu.xlsx', 'ghi-chu.xlsx: không phải tệp Excel (.xlsx) hay CSV'],
    [
      'a password-protected workbook',
      async () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      NAME,
      `${NAME}: tệp được đặt mật khẩu mở`,
    ],
    ['a damaged workbook', async () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]), NAME, `${NAME}: tệp .xlsx bị hỏng, không đọc được`],
    ['a value typed as text', () => onV1((ws) => fill(ws, 'EV', '12')), NAME, `${NAME} › ${V1} › D10: số "12" được nhập dạng chữ`],
    ['a number with thousands separators', () => onV1((ws) => fill(ws, 'PT', '1.250')), NAME, `${NAME} › ${V1} › D15: số "1.250" được nhập dạng chữ`],
    ['a date typed as text', () => onV1((ws) => fill(ws, 'TM', '12/03/2024')), NAME, `${NAME} › ${V1} › D14: "12/03/2024" là ngày tháng nhập dạng chữ`],
    [
      'a date (Excel formats a typed date as one)',
      () => onV1((ws) => (ws.getCell(fill(ws, 'TM', new Date('2024-03-12T00:00:00Z'))).numFmt = 'dd/mm/yyyy')),
      NAME,
      `${NAME} › ${V1} › D14: ô chứa ngày tháng`,
    ],
    [
      'a formula in an input',
      () => onV1((ws) => fill(ws, 'EV', { formula: 'D12+D13', result: 3 })),
      NAME,
      `${NAME} › ${V1} › D10: ô nhập liệu chứa công thức "=D12+D13"`,
    ],
    ['a negative number', () => onV1((ws) => fill(ws, 'PT', -3)), NAME, `${NAME} › ${V1} › D15: số âm (-3)`],
    ['a fraction of a count', () => onV1((ws) => fill(ws, 'PT', 2.5)), NAME, `${NAME} › ${V1} › D15: 2.5 không phải số nguyên`],
    ['words', () => onV1((ws) => fill(ws, 'EV', 'không có')), NAME, `${NAME} › ${V1} › D10: "không có" không phải số`],
    [
      'breakdowns that do not add up',
      () => onV1((ws) => [fill(ws, 'EV', 5), fill(ws, 'EV/sex/female', 3), fill(ws, 'EV/sex/male', 1)]),
      NAME,
      `${NAME} › ${V1} › D12:D13: tổng các nhóm theo giới tính là 4, khác tổng 5 ở ô D10`,
    ],
    [
      'breakdowns without a total',
      () => onV1((ws) => fill(ws, 'EV/sex/female', 3)),
      NAME,
      `${NAME} › ${V1} › D12:D13: có số liệu chia theo giới tính nhưng ô tổng D10 để trống`,
    ],
    [
      'a numerator above its denominator',
      () => onV1((ws) => [fill(ws, 'VD', 1), fill(ws, 'VT', 2)]),
      NAME,
      `${NAME} › ${V1} › D17: VT (2) lớn hơn VD (1) ở ô D16`,
    ],
    [
      'an edited locked cell',
      () => onV1((ws) => (ws.getCell(`A${rowOfKey(ws, 'TM')}`).value = 'TM2')),
      NAME,
      `${NAME} › ${V1} › A14: ô khóa đã bị sửa: đang là "TM2", cần là "TM"`,
    ],
    ['an overwritten check formula', () => onV1((ws) => (ws.getCell('E11').value = 'Khớp')), NAME, `${NAME} › ${V1} › E11: ô công thức của mẫu đã bị ghi đè`],
    [
      'a deleted row',
      () => onV1((ws) => ws.spliceRows(rowOfKey(ws, 'TM'), 1)),
      NAME,
      `${NAME} › ${V1} › A14:F14: dòng không đúng mẫu (dòng bị xóa, chèn, gộp hoặc di chuyển); cần dòng "TM Chỉ tiêu TM" ở đây`,
    ],
    ['merged cells', () => onV1((ws) => ws.mergeCells('D14:D15')), NAME, `${NAME} › ${V1} › D14:D15: các ô D14:D15 bị gộp`],
    [
      'a control character in the difficulties',
      async () => excelEscaped(await onV1((ws) => fillDifficulty(ws, 'Đường sạt lở,\nkhông BELđi được')), 'BEL', '_x0007_'),
      NAME,
      `${NAME} › ${V1} › B22: nội dung có ký tự điều khiển U+0007 ở dòng 2; cần xóa ký tự này`,
    ],
    [
      'a bad conversion in the difficulties',
      () => onV1((ws) => fillDifficulty(ws, 'Kh\uFFFDng c\uFFFD')),
      NAME,
      `${NAME} › ${V1} › B22: nội dung có ký tự "�" (U+FFFD) do chuyển mã sai ở dòng 1 (và 1 chỗ khác)`,
    ],
    [
      'a document pasted as difficulties',
      () => onV1((ws) => fillDifficulty(ws, 'Khó khăn. '.repeat(401))),
      NAME,
      `${NAME} › ${V1} › B22: nội dung dài 4009 ký tự; cần tóm tắt trong 4000 ký tự`,
    ],
    [
      'a formula as difficulties',
      () => onV1((ws) => fillDifficulty(ws, { formula: 'B10&B11', result: 'x' })),
      NAME,
      `${NAME} › ${V1} › B22: ô ghi khó khăn chứa công thức "=B10&B11"`,
    ],
    [
      'an edited difficulties label',
      () => onV1((ws) => (ws.getCell(`B${rowOfKey(ws, '#kho-khan')}`).value = 'Ý kiến')),
      NAME,
      `${NAME} › ${V1} › B21: ô khóa đã bị sửa: đang là "Ý kiến", cần là "Khó khăn, vướng mắc, đề xuất"`,
    ],
    [
      'a sheet of another unit',
      () => onV1((ws) => (ws.getCell('C3').value = 'C2.01')),
      NAME,
      `${NAME} › ${V1} › C3: mẫu của đơn vị "C2.01"; cần mẫu của đơn vị "C1 Xã Một"`,
    ],
    ['a sheet of another period', () => onV1((ws) => (ws.getCell('C5').value = '2023Q3')), NAME, `${NAME} › ${V1} › C5: mẫu của kỳ "2023Q3"; cần kỳ "2023Q4"`],
    ['a deleted sheet', () => edit((ws, unit, wb) => unit === 'C1.02' && wb.removeWorksheet(ws.id)), NAME, `${NAME}: thiếu trang của Thôn 2 (C1.02)`],
    [
      'the file of another unit',
      () => onV1((ws) => fill(ws, 'EV', 1)),
      'C2_2023Q4_phuong-hai.xlsx',
      'C2_2023Q4_phuong-hai.xlsx: tên tệp ghi đơn vị C2 kỳ 2023Q4 nhưng nội dung là mẫu của đơn vị C1 kỳ 2023Q4',
    ],
  ];

  it.each(cases)('%s', async (_, make, name, expected) => {
    const before = snapshot(data);
    const problems = await importOne(name, await make());
    expect(
      problems.some((p) => p.startsWith(expected)),
      `${expected}\nnot in\n${problems.join('\n')}`,
    ).toBe(true);
    expect(snapshot(data)).toEqual(before);
  });

  it('refuses a 100 MB file without reading it', async () => {
    const inbox = mkdtempSync(join(tmpdir(), 'da8-huge-'));
    const path = join(inbox, NAME);
    writeFileSync(path, '');
    truncateSync(path, 100 * 1024 * 1024);
    const outcome = await importReports([path], { dataDir: data, replace: false, dryRun: false, today: TODAY, log: () => undefined });
    expect(outcome.problems).toEqual([`${NAME}: tệp nặng 105 MB, quá lớn với một báo cáo; cần tệp mẫu đã điền (dưới 10 MB)`]);
  });

  it('refuses a template made from an older catalogue', async () => {
    const catalogue = JSON.parse(files['indicators.json']!) as { code: string }[];
    const older = { ...files, 'indicators.json': JSON.stringify([...catalogue, { ...catalogue[0], code: 'XX' }]) };
    const stale = await templateFor(older, 'C1', '2023Q4');
    const problems = await importOne(stale.fileName, stale.bytes);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      new RegExp(`^${NAME}: mẫu tạo từ danh mục chỉ tiêu phiên bản "[0-9a-f]{8}", danh mục hiện hành là "[0-9a-f]{8}"; cần tải mẫu mới`),
    );
  });

  it('refuses to replace an earlier report unless asked', async () => {
    const q3 = await templateFor(files, 'C1', '2023Q3');
    const bytes = await editWorkbook(q3.bytes, (ws, unit) => unit === 'C1.01' && fill(ws, 'EV', 7));
    const before = snapshot(data);
    expect(await importOne(q3.fileName, bytes)).toEqual([
      `${q3.fileName} › ${V1} › C3: đơn vị C1.01 kỳ 2023Q3 đã có báo cáo (reports.csv dòng 4); cần chạy lại với --replace nếu muốn thay báo cáo cũ`,
    ]);
    expect(snapshot(data)).toEqual(before);
  });

  it('adds difficulties written without figures as a note only, and refuses to replace them unless asked', async () => {
    const own = writeDataset(files);
    const inbox = mkdtempSync(join(tmpdir(), 'da8-text-'));
    writeFileSync(join(inbox, NAME), await onV1((ws) => fillDifficulty(ws, 'Thiếu kinh phí')));
    const run = (replace: boolean) => importReports([inbox], { dataDir: own, replace, dryRun: false, today: TODAY, log: () => undefined });
    const first = await run(false);
    expect(first.problems).toEqual([]);
    expect(first.files).toEqual(['notes.json', 'meta.json']);
    expect(readFileSync(join(own, 'reports.csv'), 'utf8')).not.toContain('C1.01,2023Q4');
    const before = snapshot(own);
    expect((await run(false)).problems).toEqual([
      `${NAME} › ${V1} › C3: đơn vị C1.01 kỳ 2023Q4 đã có ghi chép khó khăn, vướng mắc (notes.json); cần chạy lại với --replace nếu muốn thay nội dung cũ`,
    ]);
    expect(snapshot(own)).toEqual(before);
    expect((await run(true)).problems).toEqual([]);
  });

  it('refuses two reports of the same unit and period', async () => {
    const inbox = mkdtempSync(join(tmpdir(), 'da8-twice-'));
    const bytes = await onV1((ws) => fill(ws, 'EV', 1));
    writeFileSync(join(inbox, NAME), bytes);
    writeFileSync(join(inbox, 'C1_2023Q4_ban-sao.xlsx'), bytes);
    const outcome = await importReports([inbox], { dataDir: data, replace: false, dryRun: false, today: TODAY, log: () => undefined });
    expect(outcome.problems).toEqual([
      `C1_2023Q4_xa-mot.xlsx › ${V1} › C3: báo cáo của đơn vị C1.01 kỳ 2023Q4 đã có trong tệp "C1_2023Q4_ban-sao.xlsx"; cần mỗi đơn vị, mỗi kỳ một báo cáo`,
    ]);
  });
});

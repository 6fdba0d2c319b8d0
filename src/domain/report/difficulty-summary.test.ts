import { describe, expect, it } from 'vitest';
import { firstClause, summariseDifficulty } from './difficulty-summary';

describe('a difficulty report summarised by rules', () => {
  it.each([
    ['Thứ hai, kinh phí được phân bổ hạn chế; chưa có kinh phí.', 'Thứ hai, kinh phí được phân bổ hạn chế'],
    ['Dự án triển khai muộn: năm 2022 chưa có kinh phí.', 'Dự án triển khai muộn'],
    ['Kế hoạch vốn giao muộn. Biểu mẫu thay đổi.', 'Kế hoạch vốn giao muộn'],
    ['Quyết định số 1719/QĐ-TTg ngày 14/10/2021 chậm hướng dẫn.', 'Quyết định số 1719/QĐ-TTg ngày 14/10/2021 chậm hướng dẫn'],
  ])('first clause of %j', (text, clause) => {
    expect(firstClause(text)).toBe(clause);
  });

  it('keeps the first clause of each numbered difficulty and leaves out the preamble, the results and the proposals', () => {
    const body = [
      'Thực hiện Quyết định số 1719/QĐ-TTg, Hội LHPN đã triển khai Dự án 8. Quá trình thực hiện còn gặp một số khó khăn, vướng mắc sau:',
      'Thứ nhất, Dự án 8 triển khai muộn hơn so với các huyện: năm 2022 chưa được phân bổ kinh phí.',
      'Thứ hai, kinh phí được phân bổ hạn chế; chưa có kinh phí thành lập tổ truyền thông.',
      'Kết quả: tổ chức 01 hội nghị.',
      'Đề xuất: Hội LHPN tỉnh sớm giao chỉ tiêu; quan tâm phân bổ kinh phí.',
    ].join('\n\n');
    expect(summariseDifficulty(body)).toEqual({
      points: ['Dự án 8 triển khai muộn hơn so với các huyện', 'Kinh phí được phân bổ hạn chế'],
      proposals: ['Hội LHPN tỉnh sớm giao chỉ tiêu', 'Quan tâm phân bổ kinh phí'],
    });
  });

  it('reads what follows "tuy nhiên", and a proposal written without a colon', () => {
    const body = [
      'Các tổ hoạt động tương đối đều; tuy nhiên kinh phí duy trì còn thấp, thành viên chuyển trường.',
      'Tuy nhiên, đến nay thành phố vẫn chưa được giao chỉ tiêu năm 2023; kinh phí phân bổ muộn.',
      'Đề xuất Hội LHPN tỉnh giao chỉ tiêu từ năm 2024.',
    ].join('\n\n');
    expect(summariseDifficulty(body)).toEqual({
      points: ['Kinh phí duy trì còn thấp, thành viên chuyển trường', 'Đến nay thành phố vẫn chưa được giao chỉ tiêu năm 2023'],
      proposals: ['Hội LHPN tỉnh giao chỉ tiêu từ năm 2024'],
    });
  });

  it('gives nothing for an empty report', () => {
    expect(summariseDifficulty('')).toEqual({ points: [], proposals: [] });
  });
});

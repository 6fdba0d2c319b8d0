/** Messages about sensitive figures: why a number is hidden or not published (docs/suppression.md). */
export const suppression = {
  vi: {
    'suppression.byYearOnly': 'chỉ công bố theo năm',
    'suppression.byYearOnlyHint': 'Số liệu nhạy cảm chỉ công bố theo năm và cả giai đoạn để không suy ra được số nhỏ; hãy chọn một năm hoặc cả giai đoạn.',
    'suppression.withheldHint':
      'Số liệu nhạy cảm (tảo hôn, hôn nhân cận huyết thống, bạo lực gia đình, ca tiếp nhận tại địa chỉ tin cậy) không công bố dưới cấp xã để bảo vệ thông tin cá nhân (Nghị định 13/2023/NĐ-CP).',
    'suppression.hiddenTarget': 'ẩn',
    'suppression.notesTitle': 'Ghi chú về số liệu được ẩn',
  },
  en: {
    'suppression.byYearOnly': 'published by year only',
    'suppression.byYearOnlyHint':
      'Sensitive figures are published only by year and for the whole phase, so that small counts cannot be derived; choose a year or the phase.',
    'suppression.withheldHint':
      'Sensitive figures (child marriage, consanguineous marriage, domestic violence, cases received by trusted addresses) are not published below commune level, to protect personal data (Decree 13/2023/ND-CP).',
    'suppression.hiddenTarget': 'hidden',
    'suppression.notesTitle': 'Notes on hidden figures',
  },
} as const;

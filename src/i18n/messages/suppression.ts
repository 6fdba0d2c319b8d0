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
} as const;

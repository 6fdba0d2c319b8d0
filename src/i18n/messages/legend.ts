/** The colour key of the key figures and the progress bands (named on the first screen, the headline, the progress view and the map). */
export const legend = {
  vi: {
    'progress.band.met': 'Đã đạt',
    'progress.band.on_track': 'Đúng tiến độ',
    'progress.band.accelerate': 'Cần đẩy nhanh',
    'progress.band.slow': 'Chậm tiến độ',
    'progress.band.decline': 'Đi xuống',
    'legend.title': 'Chú giải màu',
    'legend.card.met': 'Viền xanh: đạt chỉ tiêu của kỳ đang xem',
    'legend.card.behind': 'Viền cam: chưa đạt chỉ tiêu của kỳ đang xem',
    'legend.card.none': 'Viền xám: kỳ này không có chỉ tiêu để so sánh',
    'legend.bands': 'Mức tiến độ đến mục tiêu giai đoạn (cùng màu ở màn hình Tiến độ và Bản đồ)',
  },
} as const;

/** Downloading a unit for offline use (loaded with the download button, which the first screen does not show). */
export const offlineDownload = {
  vi: {
    'offline.download': 'Tải về để dùng ngoại tuyến',
    'offline.downloadHint': 'Lưu {unit} và mọi đơn vị trực thuộc (số liệu, bản đồ, ghi chú) trên máy này để xem khi không có mạng',
    'offline.progressLabel': 'Tiến độ tải về',
    'offline.progress': 'Đang tải {unit}: {done}/{total} tài liệu ({size})',
    'offline.cancel': 'Dừng tải',
    'offline.done': 'Đã lưu {count} tài liệu ({size}) của {unit} lúc {time}. Có thể dùng ngoại tuyến.',
    'offline.cancelled': 'Đã dừng tải về; {count} tài liệu đã lưu ({size}) vẫn dùng được.',
    'offline.failed': 'Tải về bị gián đoạn: {error} Đã lưu {count} tài liệu.',
    'offline.storageError': 'Không lưu được vào bộ nhớ của trình duyệt (có thể đã đầy).',
  },
  en: {
    'offline.download': 'Download for offline use',
    'offline.downloadHint': 'Save {unit} and every unit below it (figures, maps, notes) on this device to view without a network',
    'offline.progressLabel': 'Download progress',
    'offline.progress': 'Downloading {unit}: {done}/{total} documents ({size})',
    'offline.cancel': 'Stop',
    'offline.done': 'Saved {count} documents ({size}) of {unit} at {time}. Ready for offline use.',
    'offline.cancelled': 'Download stopped; the {count} documents saved ({size}) remain usable.',
    'offline.failed': 'Download interrupted: {error} {count} documents were saved.',
    'offline.storageError': 'Could not save to the browser storage (it may be full).',
  },
} as const;

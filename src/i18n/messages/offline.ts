/** Offline use: the offline banner and the new-version prompt (the download's messages: offline-download.ts). */
export const offline = {
  vi: {
    'offline.region': 'Dùng ngoại tuyến',
    'offline.banner': 'Đang ngoại tuyến – Dữ liệu lưu lúc {time}',
    'offline.bannerSession': 'Đang ngoại tuyến – đang xem dữ liệu đã tải trong phiên làm việc này',
    'offline.bannerUnknown': 'Đang ngoại tuyến – chỉ xem được các phần đã lưu trên máy',
    'offline.updateReady': 'Có phiên bản mới của ứng dụng và số liệu.',
    'offline.update': 'Cập nhật',
    'offline.updateHint': 'Trang sẽ tải lại với phiên bản mới; phần đã tải về để dùng ngoại tuyến cần tải lại.',
    'offline.unavailable':
      'Chưa dùng ngoại tuyến được trên máy này: trình duyệt không cài được phần chạy nền của ứng dụng (service worker; có thể do chế độ ẩn danh, bộ nhớ bị chặn hoặc máy chủ). Số liệu vẫn xem được khi có mạng.',
  },
} as const;

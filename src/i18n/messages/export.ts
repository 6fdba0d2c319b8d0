/** Shared by the views that export files (loaded with them). */
export const exportFiles = {
  vi: {
    'export.codeMissing':
      'Không tải được phần mềm tạo tệp (mạng bị gián đoạn hoặc ứng dụng vừa được cập nhật). Hãy kiểm tra kết nối rồi bấm lại; nếu vẫn không được, hãy tải lại trang.',
  },
  en: {
    'export.codeMissing':
      'The code that makes this file did not arrive (the network was interrupted, or the app was just updated). Check the connection and press again; if that does not help, reload the page.',
  },
} as const;

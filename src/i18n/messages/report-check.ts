/** The page that checks filled report workbooks in the browser. */
const vi = {
  'check.title': 'Kiểm tra tệp báo cáo',
  'check.intro':
    'Chọn hoặc kéo thả tệp mẫu báo cáo đã điền (.xlsx hoặc .csv) để kiểm tra trước khi gửi. Tệp chỉ được đọc trên máy này: không tải lên đâu cả, dùng được cả khi ngoại tuyến.',
  'check.drop': 'Kéo thả tệp vào đây, hoặc',
  'check.choose': 'Chọn tệp',
  'check.files': 'Các tệp đã kiểm tra',
  'check.step.queued': 'Đang chờ',
  'check.step.reading': 'Đang đọc tệp',
  'check.step.checking': 'Đang kiểm tra',
  'check.step.done': 'Đã kiểm tra',
  'check.progress': 'Tiến độ kiểm tra {file}',
  'check.ok': 'Không có lỗi: {count} đơn vị có số liệu, sẵn sàng gửi.',
  'check.okEmpty': 'Không có lỗi, nhưng tệp chưa có số liệu nào.',
  'check.problems': '{count} lỗi cần sửa:',
  'check.identity': 'Mẫu của đơn vị {unit}, kỳ {period}',
  'check.failed': 'Không kiểm tra được tệp: {message}',
  'check.wholeFile': 'Cả tệp',
  'check.withoutUnitList':
    'Kiểm tra khi chưa có danh sách đơn vị (đang ngoại tuyến): đã kiểm tra theo các trang có trong tệp; chưa đối chiếu được tệp có đủ trang của các thôn, tổ hay không.',
};

const en: Record<keyof typeof vi, string> = {
  'check.title': 'Check a report file',
  'check.intro':
    'Choose or drop filled report templates (.xlsx or .csv) to check them before sending. Files are read on this computer only: nothing is uploaded, and it works offline.',
  'check.drop': 'Drop files here, or',
  'check.choose': 'Choose files',
  'check.files': 'Files checked',
  'check.step.queued': 'Waiting',
  'check.step.reading': 'Reading the file',
  'check.step.checking': 'Checking',
  'check.step.done': 'Checked',
  'check.progress': 'Progress of checking {file}',
  'check.ok': 'No problems: {count} units with figures, ready to send.',
  'check.okEmpty': 'No problems, but the file holds no figures yet.',
  'check.problems': '{count} problems to fix:',
  'check.identity': 'Template of unit {unit}, period {period}',
  'check.failed': 'The file could not be checked: {message}',
  'check.wholeFile': 'Whole file',
  'check.withoutUnitList':
    'Checked without the list of units (offline): the file was checked by the sheets it holds; whether it has a sheet for every village could not be compared.',
};

export const reportCheck = { vi, en };

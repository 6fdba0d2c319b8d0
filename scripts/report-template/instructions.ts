/** The instructions sheet of a report template, in Vietnamese (the people who fill it read Vietnamese). */
export const INSTRUCTIONS: readonly string[] = [
  'Cách điền:',
  '1. Mỗi trang là báo cáo của một đơn vị: trang đầu của xã, phường, thị trấn; mỗi thôn, tổ dân phố một trang.',
  '2. Chỉ nhập vào các ô màu vàng ở cột "Số liệu". Các ô khác đã khóa; không sửa, không xóa, không chèn hay gộp dòng, cột.',
  '3. Để trống = chưa báo cáo; 0 = có báo cáo, số liệu bằng 0.',
  '4. Nhập số, không nhập chữ, ngày tháng hay công thức. Số nguyên cho người, lượt, buổi, tổ; kinh phí (triệu đồng) được có phần thập phân.',
  '5. Nếu chỉ tiêu có dòng "Chia theo…", tổng các nhóm phải bằng số tổng của chỉ tiêu. Cột "Kiểm tra" chuyển đỏ khi chưa khớp.',
  '6. Tỷ lệ được tự tính từ tử số và mẫu số; tử số không được lớn hơn mẫu số.',
  '7. Dưới bảng số liệu, ô "Khó khăn, vướng mắc, đề xuất" ghi bằng chữ những khó khăn trong quý và đề xuất (không quá 4.000 ký tự); để trống nếu không có.',
  '8. Lưu tệp dạng .xlsx (Excel, LibreOffice hoặc Google Trang tính đều được), giữ nguyên tên tệp, không đặt mật khẩu.',
  '9. Trước khi gửi, có thể kiểm tra tệp trên trang "Kiểm tra tệp báo cáo" của hệ thống: tệp không được tải lên đâu cả.',
];

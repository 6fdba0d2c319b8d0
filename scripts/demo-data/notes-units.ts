/** Difficulties reported by districts, communes and the province. */

import { paragraphs, type Note } from './note';

const difficulty = (n: Omit<Note, 'type'>): Note => ({ ...n, type: 'difficulty' });

export function unitDifficultyNotes(): Note[] {
  return [
    difficulty({
      id: '066-2022-09-30-kho-khan',
      unit: '066',
      date: '2022-09-30',
      periodFrom: '2022-01',
      periodTo: '2022-09',
      author: 'Hội LHPN huyện Na Rì',
      title: 'Khó khăn trong triển khai Dự án 8 chín tháng đầu năm 2022',
      body: paragraphs(
        'Kế hoạch vốn năm 2022 của Dự án 8 được giao muộn (tháng 8/2022), hướng dẫn nội dung, định mức chi chậm được ban hành nên các xã chủ yếu triển khai hoạt động lồng ghép, chưa tổ chức được các hoạt động chuyên đề.',
        'Biểu mẫu báo cáo, bộ chỉ số theo dõi chưa thống nhất giữa các cấp; cán bộ Hội cấp xã lúng túng trong việc tổng hợp số liệu theo thôn.',
        'Đề xuất Hội LHPN tỉnh sớm ban hành hướng dẫn thống nhất về biểu mẫu báo cáo và tổ chức tập huấn cho cán bộ Hội cấp huyện, xã.',
      ),
    }),
    difficulty({
      id: '060-2022-12-20-kho-khan',
      unit: '060',
      date: '2022-12-20',
      periodFrom: '2022-01',
      periodTo: '2022-12',
      author: 'Hội LHPN huyện Pác Nặm',
      title: 'Khó khăn, vướng mắc trong triển khai Dự án 8 năm 2022',
      body: paragraphs(
        'Địa bàn huyện rộng, bị chia cắt, giao thông đi lại khó khăn, nhất là vào mùa mưa; nhiều thôn cách trung tâm xã trên 10 km nên việc tổ chức sinh hoạt, hội nghị truyền thông tại thôn gặp nhiều trở ngại.',
        'Đồng bào Mông, Dao chiếm tỷ lệ cao; nhiều phụ nữ lớn tuổi không biết tiếng phổ thông, cần có tuyên truyền viên biết tiếng dân tộc. Tình trạng tảo hôn, kết hôn cận huyết thống vẫn còn xảy ra.',
        'Kinh phí năm 2022 giao muộn, hướng dẫn thanh quyết toán chưa rõ nên tiến độ giải ngân chậm; việc thành lập tổ truyền thông cộng đồng mới thực hiện được ở một số thôn.',
        'Đề xuất: biên soạn tài liệu truyền thông bằng tiếng Mông, tiếng Dao; ưu tiên kinh phí cho các thôn đặc biệt khó khăn; hướng dẫn cụ thể thủ tục thanh quyết toán.',
      ),
    }),
    difficulty({
      id: '064-2023-06-25-kho-khan',
      unit: '064',
      date: '2023-06-25',
      periodFrom: '2023-01',
      periodTo: '2023-06',
      author: 'Hội LHPN huyện Chợ Đồn',
      title: 'Khó khăn trong thực hiện Dự án 8 sáu tháng đầu năm 2023',
      body: paragraphs(
        'Huyện có nhiều xã khu vực III, dân cư phân tán; tài liệu truyền thông chủ yếu bằng tiếng phổ thông, chưa phù hợp với một bộ phận đồng bào Dao.',
        'Thành viên tổ truyền thông cộng đồng phần lớn là cán bộ thôn kiêm nhiệm, không có phụ cấp, nên việc duy trì sinh hoạt định kỳ hằng tháng còn khó khăn.',
        'Đề xuất hỗ trợ kinh phí duy trì hoạt động của tổ truyền thông và bổ sung tài liệu, sản phẩm truyền thông song ngữ.',
      ),
    }),
    difficulty({
      id: '058-2023-11-30-kho-khan',
      unit: '058',
      date: '2023-11-30',
      periodFrom: '2023-06',
      periodTo: '2023-11',
      author: 'Hội LHPN thành phố Bắc Kạn',
      title: 'Kết quả thực hiện Thông báo số 25-TB/BDVTU và khó khăn, vướng mắc',
      body: paragraphs(
        'Thực hiện Thông báo kết luận số 25-TB/BDVTU ngày 15/5/2023 của Ban Dân vận Tỉnh ủy, từ quý III/2023 Hội LHPN thành phố đã chỉ đạo thành lập tổ truyền thông cộng đồng tại một số tổ dân phố, thôn; tổ truyền thông tại tổ dân phố Khuổi Pái duy trì sinh hoạt đều đặn.',
        'Tuy nhiên, đến nay thành phố vẫn chưa được giao chỉ tiêu thực hiện năm 2023; kinh phí năm 2023 được phân bổ từ quý III với mức thấp, chưa đủ để tổ chức hội nghị truyền thông tại tất cả các tổ dân phố.',
        'Đề xuất Hội LHPN tỉnh giao chỉ tiêu cho thành phố từ năm 2024 và tiếp tục hỗ trợ tài liệu truyền thông.',
      ),
    }),
    difficulty({
      id: '062-2023-12-15-kho-khan',
      unit: '062',
      date: '2023-12-15',
      periodFrom: '2023-01',
      periodTo: '2023-12',
      author: 'Hội LHPN huyện Ngân Sơn',
      title: 'Khó khăn trong giải ngân và duy trì tổ truyền thông cộng đồng năm 2023',
      body: paragraphs(
        'Tiến độ giải ngân kinh phí Dự án 8 của huyện chậm, lũy kế mới đạt khoảng một nửa số kinh phí được giao do vướng mắc về chứng từ thanh toán, định mức chi cho hoạt động tại thôn và việc chờ hướng dẫn lồng ghép nguồn vốn.',
        'Một số tổ truyền thông cộng đồng mới thành lập, thành viên chưa được tập huấn kỹ năng; một số thôn báo cáo chưa đầy đủ, chưa đúng thời gian quy định.',
        'Đề xuất cơ quan tài chính hướng dẫn cụ thể thủ tục thanh toán; Hội LHPN tỉnh mở lớp tập huấn kỹ năng truyền thông cho thành viên tổ.',
      ),
    }),
    difficulty({
      id: '065-2024-03-20-kho-khan',
      unit: '065',
      date: '2024-03-20',
      periodFrom: '2024-01',
      periodTo: '2024-03',
      author: 'Hội LHPN huyện Chợ Mới',
      title: 'Vướng mắc trong phân bổ chỉ tiêu giai đoạn 2021 - 2025',
      body: paragraphs(
        'Khi rà soát chỉ tiêu giai đoạn 2021 - 2025, tổng chỉ tiêu Hội LHPN các xã, thị trấn đăng ký cao hơn khoảng 7% so với chỉ tiêu huyện được giao do một số xã đăng ký vượt khả năng thực hiện.',
        'Hội LHPN huyện đang phối hợp với các xã rà soát, điều chỉnh chỉ tiêu cho phù hợp, bảo đảm khớp với chỉ tiêu của huyện.',
      ),
    }),
    difficulty({
      id: '01858-2024-06-30-kho-khan',
      unit: '01858',
      date: '2024-06-30',
      periodFrom: '2024-01',
      periodTo: '2024-06',
      author: 'Hội LHPN xã Bằng Thành',
      title: 'Khó khăn trong công tác truyền thông phòng, chống tảo hôn',
      body: paragraphs(
        'Nhiều thôn vùng cao của xã cách trung tâm xã xa, đường đi lại khó khăn; một bộ phận đồng bào Mông còn giữ tập quán kết hôn sớm, tình trạng tảo hôn vẫn còn xảy ra.',
        'Tổ truyền thông cộng đồng ở một số thôn hoạt động chưa đều do thành viên đi làm ăn xa theo mùa vụ.',
        'Đề xuất tăng cường phối hợp với Đồn Biên phòng, trường học và người có uy tín trong cộng đồng để tuyên truyền, vận động.',
      ),
    }),
    difficulty({
      id: '061-2024-12-20-kho-khan',
      unit: '061',
      date: '2024-12-20',
      periodFrom: '2024-01',
      periodTo: '2024-12',
      author: 'Hội LHPN huyện Ba Bể',
      title: 'Khó khăn trong duy trì hiệu quả mô hình năm 2024',
      body: paragraphs(
        'Các tổ truyền thông cộng đồng, câu lạc bộ Thủ lĩnh của sự thay đổi trên địa bàn huyện hoạt động tương đối đều; tuy nhiên kinh phí hỗ trợ duy trì hoạt động còn thấp, một số thành viên là học sinh chuyển trường, đi học xa nên phải kiện toàn thường xuyên.',
        'Hoạt động hỗ trợ tổ nhóm sinh kế do phụ nữ làm chủ còn hạn chế do thiếu vốn đối ứng và đầu ra sản phẩm.',
        'Đề xuất tiếp tục bố trí kinh phí duy trì mô hình sau khi kết thúc giai đoạn I.',
      ),
    }),
    difficulty({
      id: '06-2025-05-20-kho-khan',
      unit: '06',
      date: '2025-05-20',
      periodFrom: '2021-01',
      periodTo: '2025-05',
      author: 'Hội LHPN tỉnh Bắc Kạn',
      title: 'Khó khăn, vướng mắc và đề xuất qua tổng kết Dự án 8 giai đoạn 2021 - 2025',
      body: paragraphs(
        'Dự án 8 triển khai muộn so với kế hoạch; năm 2022 kinh phí giao muộn, hướng dẫn thực hiện chậm nên khối lượng công việc dồn vào các năm 2023 - 2024. Tiến độ giải ngân ở một số huyện (Pác Nặm, Ngân Sơn) còn thấp.',
        'Việc giao chỉ tiêu hằng năm chưa đồng bộ: thành phố Bắc Kạn chỉ được giao chỉ tiêu từ năm 2024, một số xã thiếu chỉ tiêu năm 2023; tổng chỉ tiêu giai đoạn của các xã ở một số huyện chưa khớp với chỉ tiêu huyện.',
        'Số liệu báo cáo từ thôn, tổ dân phố chưa đầy đủ, một số đơn vị báo cáo chậm; từ ngày 01/7/2025 thực hiện sắp xếp đơn vị hành chính, không tổ chức cấp huyện, cần chuyển đổi số liệu theo đơn vị hành chính mới.',
        'Đề xuất Trung ương Hội LHPN Việt Nam tiếp tục bố trí nguồn lực cho giai đoạn II, hướng dẫn chuyển đổi số liệu theo đơn vị hành chính mới và ưu tiên các xã, thôn đặc biệt khó khăn.',
      ),
    }),
  ];
}

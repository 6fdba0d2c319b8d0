/**
 * Two later inspections with their conclusions: Pác Nặm (2024, Ban Dân vận Tỉnh ủy) and Ngân Sơn (2024,
 * Hội LHPN tỉnh). These events are illustrative: the team members carry plainly fictional placeholder names.
 */

import { paragraphs, type Note } from './note';

const DAN_VAN = 'Ban Dân vận Tỉnh ủy Bắc Kạn';
const PROVINCE_WU = 'Hội LHPN tỉnh Bắc Kạn';

export function inspectionNotes(): Note[] {
  return [
    {
      id: '060-2024-06-13-kiem-tra',
      unit: '060',
      type: 'inspection',
      date: '2024-06-13',
      periodFrom: '2023-01',
      periodTo: '2024-05',
      author: DAN_VAN,
      title: 'Kiểm tra việc thực hiện Dự án 8 tại huyện Pác Nặm',
      body: paragraphs(
        'Ngày 13/6/2024, Đoàn kiểm tra của Ban Dân vận Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy, Hội LHPN huyện Pác Nặm và kiểm tra thực tế tại xã Bằng Thành, xã Cổ Linh về kết quả thực hiện Dự án 8 từ năm 2023 đến tháng 5/2024.',
        'Đoàn ghi nhận huyện đã quan tâm thành lập tổ truyền thông cộng đồng tại các thôn đặc biệt khó khăn, tổ chức nhiều buổi truyền thông phòng, chống tảo hôn, hôn nhân cận huyết thống bằng tiếng dân tộc. Tuy nhiên, tỷ lệ thôn đặc biệt khó khăn có tổ truyền thông còn thấp so với kế hoạch, giải ngân chậm, một số thôn chưa báo cáo đầy đủ, đúng hạn.',
      ),
      inspection: {
        body: DAN_VAN,
        head: 'Nguyễn Văn A (tên minh họa), Phó Trưởng Ban Dân vận Tỉnh ủy',
        members: ['Trần Thị B (tên minh họa), chuyên viên Ban Dân vận Tỉnh ủy', 'Lê Thị C (tên minh họa), Hội LHPN tỉnh Bắc Kạn'],
        unitsInspected: ['060', '01858', '01879'],
      },
    },
    {
      id: '060-2024-06-24-ket-luan',
      unit: '060',
      type: 'conclusion',
      date: '2024-06-24',
      periodFrom: '2023-01',
      periodTo: '2024-05',
      author: DAN_VAN,
      documentNumber: '48-TB/BDVTU',
      title: 'Thông báo kết luận kiểm tra việc thực hiện Dự án 8 tại huyện Pác Nặm',
      body: paragraphs(
        '1. Kết quả, ưu điểm: Cấp ủy, chính quyền huyện quan tâm lãnh đạo, chỉ đạo; Hội LHPN huyện phối hợp với Đồn Biên phòng, trường học tổ chức truyền thông phòng, chống tảo hôn, hôn nhân cận huyết thống bằng tiếng Mông, tiếng Dao; một số tổ truyền thông cộng đồng hoạt động hiệu quả.',
        '2. Hạn chế, nguyên nhân: Tỷ lệ thôn đặc biệt khó khăn có tổ truyền thông cộng đồng còn thấp; tiến độ giải ngân chậm; chế độ báo cáo chưa nghiêm. Nguyên nhân do địa bàn rộng, giao thông khó khăn, cán bộ cơ sở kiêm nhiệm, thủ tục thanh toán còn vướng mắc.',
        '3. Nhiệm vụ, đề nghị: đề nghị các cơ quan, đơn vị thực hiện các nội dung được giao; thông báo để các cơ quan, đơn vị biết, thực hiện./.',
      ),
      requests: [
        {
          to: 'Hội LHPN huyện Pác Nặm',
          text: 'Thành lập tổ truyền thông cộng đồng tại các thôn đặc biệt khó khăn chưa có tổ; củng cố các tổ hoạt động chưa hiệu quả.',
          deadline: '2024-12-31',
          done: false,
        },
        {
          to: 'Ủy ban nhân dân huyện Pác Nặm',
          text: 'Chỉ đạo các cơ quan chuyên môn hướng dẫn, tháo gỡ vướng mắc về thủ tục thanh toán, đẩy nhanh tiến độ giải ngân kinh phí Dự án 8.',
          deadline: '2024-09-30',
          done: false,
        },
        {
          to: 'Hội LHPN xã Cổ Linh',
          text: 'Thực hiện đầy đủ, đúng hạn chế độ báo cáo quý của các thôn.',
          deadline: '2024-07-15',
          done: true,
        },
      ],
    },
    {
      id: '062-2024-08-20-kiem-tra',
      unit: '062',
      type: 'inspection',
      date: '2024-08-20',
      periodFrom: '2024-01',
      periodTo: '2024-07',
      author: PROVINCE_WU,
      title: 'Kiểm tra, giám sát việc thực hiện Dự án 8 tại huyện Ngân Sơn',
      body: paragraphs(
        'Ngày 20/8/2024, Đoàn kiểm tra, giám sát của Ban Thường vụ Hội LHPN tỉnh làm việc với Hội LHPN huyện Ngân Sơn và kiểm tra thực tế tại xã Cốc Đán, xã Thượng Quan.',
        'Qua kiểm tra, các tổ truyền thông cộng đồng tại các thôn được kiểm tra có sổ sinh hoạt, nội dung sinh hoạt phù hợp; tuy nhiên một số tổ ngừng sinh hoạt trong quý I, kinh phí năm 2024 mới giải ngân được một phần nhỏ.',
      ),
      inspection: {
        body: PROVINCE_WU,
        head: 'Phạm Thị D (tên minh họa), Phó Chủ tịch Hội LHPN tỉnh Bắc Kạn',
        members: ['Hoàng Thị E (tên minh họa), Hội LHPN tỉnh Bắc Kạn'],
        unitsInspected: ['062', '01945', '01957'],
      },
    },
    {
      id: '062-2024-09-05-ket-luan',
      unit: '062',
      type: 'conclusion',
      date: '2024-09-05',
      periodFrom: '2024-01',
      periodTo: '2024-07',
      author: 'Ban Thường vụ Hội LHPN tỉnh Bắc Kạn',
      documentNumber: '186/TB-HPN',
      title: 'Thông báo kết luận kiểm tra, giám sát việc thực hiện Dự án 8 tại huyện Ngân Sơn',
      body: paragraphs(
        '1. Ưu điểm: Hội LHPN huyện đã chủ động tham mưu cho cấp ủy, chính quyền triển khai Dự án; các xã được kiểm tra cơ bản thực hiện đúng nội dung, đối tượng.',
        '2. Hạn chế: Tiến độ giải ngân chậm; một số tổ truyền thông cộng đồng ngừng sinh hoạt; số liệu báo cáo quý của một số thôn chưa đầy đủ.',
        '3. Đề nghị: Hội LHPN huyện Ngân Sơn và các xã được kiểm tra thực hiện các nội dung sau; thông báo để các đơn vị biết, thực hiện./.',
      ),
      requests: [
        {
          to: 'Hội LHPN huyện Ngân Sơn',
          text: 'Đẩy nhanh tiến độ giải ngân kinh phí Dự án 8 năm 2024; báo cáo kết quả giải ngân về Hội LHPN tỉnh.',
          deadline: '2024-12-31',
          done: false,
        },
        {
          to: 'Hội LHPN huyện Ngân Sơn',
          text: 'Củng cố, kiện toàn các tổ truyền thông cộng đồng ngừng sinh hoạt.',
          deadline: '2024-10-31',
          done: true,
        },
        {
          to: 'Ủy ban nhân dân xã Cốc Đán',
          text: 'Bố trí địa điểm sinh hoạt cho tổ truyền thông cộng đồng tại các thôn.',
          deadline: null,
          done: true,
        },
        {
          to: 'Hội LHPN xã Thượng Quan',
          text: 'Hoàn thiện số liệu báo cáo quý của các thôn theo biểu mẫu hướng dẫn.',
          deadline: '2024-10-15',
          done: true,
        },
      ],
    },
  ];
}

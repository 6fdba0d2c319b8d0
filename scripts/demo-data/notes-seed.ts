/**
 * The notes of the real case: the city Women's Union's difficulties, the inspection of 11/5/2023 and its
 * conclusion. The inspection and the conclusion carry only the public facts of the news report (the team's
 * leader and title, the Khuổi Pái conference and who attended it, the request to propose annual targets).
 */

import { paragraphs, type Note } from './note';

const CITY = '058';
const PERIOD = { periodFrom: '2022-01', periodTo: '2023-05' };
const CITY_WU = 'Hội LHPN thành phố Bắc Kạn';
const DAN_VAN = 'Ban Dân vận Tỉnh ủy Bắc Kạn';

const CONFERENCE =
  'giới thiệu Dự án 8 tới hội viên, nhân dân tổ dân phố Khuổi Pái và tổ chức 01 hội nghị truyền thông thay đổi “nếp nghĩ, cách làm” góp phần xóa bỏ định kiến và khuôn mẫu giới';
const ATTENDEES =
  'bí thư chi bộ, tổ trưởng tổ dân phố, trưởng ban công tác Mặt trận, chi hội trưởng phụ nữ, cựu chiến binh, bí thư chi đoàn cùng hội viên và nhân dân trong tổ';

export function seedCaseNotes(khuoiPai: string): Note[] {
  return [
    {
      id: '058-2023-05-05-kho-khan',
      unit: CITY,
      type: 'difficulty',
      date: '2023-05-05',
      ...PERIOD,
      author: CITY_WU,
      title: 'Khó khăn, vướng mắc trong triển khai Dự án 8 trên địa bàn thành phố Bắc Kạn (từ năm 2022 đến tháng 5/2023)',
      body: paragraphs(
        'Thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ và hướng dẫn của Hội LHPN tỉnh, từ năm 2022 đến tháng 5/2023 Hội LHPN thành phố Bắc Kạn đã triển khai Dự án 8 trên địa bàn thành phố. Quá trình thực hiện còn gặp một số khó khăn, vướng mắc sau:',
        'Thứ nhất, Dự án 8 triển khai trên địa bàn thành phố muộn hơn so với các huyện: năm 2022 thành phố chưa được phân bổ kinh phí, các hoạt động chủ yếu lồng ghép với chương trình công tác Hội. Thành phố chưa được giao chỉ tiêu thực hiện hằng năm của Dự án 8 nên việc xây dựng kế hoạch, theo dõi và đánh giá kết quả còn lúng túng.',
        'Thứ hai, kinh phí được phân bổ hạn chế do thành phố không có xã, thôn đặc biệt khó khăn; chưa có kinh phí để thành lập và duy trì hoạt động của tổ truyền thông cộng đồng tại các tổ dân phố.',
        'Thứ ba, các tổ dân phố có dân cư đan xen nhiều dân tộc (Tày, Kinh, Dao, Nùng), nhiều hộ là lao động tự do, đi làm ăn xa nên khó bố trí thời gian sinh hoạt; việc vận động hội viên, nhân dân, nhất là nam giới và thanh niên tham gia các hoạt động truyền thông còn khó khăn.',
        'Thứ tư, cán bộ Hội cơ sở kiêm nhiệm nhiều việc, chưa được tập huấn chuyên sâu về bình đẳng giới, lồng ghép giới; biểu mẫu báo cáo, chỉ số theo dõi của Dự án thay đổi nhiều lần.',
        `Kết quả: từ năm 2022 đến tháng 5/2023, Hội LHPN thành phố phối hợp với Hội LHPN phường Huyền Tụng ${CONFERENCE}, thu hút 55 lượt người tham dự.`,
        'Đề xuất: Hội LHPN tỉnh sớm hướng dẫn, giao chỉ tiêu thực hiện hằng năm của Dự án 8 cho thành phố; quan tâm phân bổ kinh phí cho hoạt động truyền thông và thành lập tổ truyền thông cộng đồng tại các tổ dân phố có đông đồng bào dân tộc thiểu số; tổ chức tập huấn nghiệp vụ cho cán bộ Hội cơ sở.',
      ),
    },
    {
      id: '058-2023-05-11-kiem-tra',
      unit: CITY,
      type: 'inspection',
      date: '2023-05-11',
      ...PERIOD,
      author: DAN_VAN,
      title: 'Kiểm tra việc triển khai thực hiện Dự án 8 tại thành phố Bắc Kạn',
      body: paragraphs(
        'Ngày 11/5/2023, Đoàn kiểm tra của Ban Dân vận Tỉnh ủy do đồng chí Trần Trung Kiên, Phó Trưởng Ban Dân vận Tỉnh ủy làm Trưởng đoàn đã làm việc với Hội LHPN thành phố Bắc Kạn, Hội LHPN phường Huyền Tụng và kiểm tra thực tế tại tổ dân phố Khuổi Pái về kết quả triển khai thực hiện Dự án 8 từ năm 2022 đến tháng 5/2023.',
        `Qua kiểm tra cho thấy: từ năm 2022 đến tháng 5/2023, Hội LHPN thành phố đã phối hợp với Hội LHPN phường Huyền Tụng ${CONFERENCE}. Tham dự hội nghị có ${ATTENDEES}, tổng số 55 lượt người.`,
        'Tuy nhiên, việc triển khai Dự án trên địa bàn thành phố còn chậm; thành phố chưa được giao và chưa đề xuất chỉ tiêu thực hiện hằng năm; kinh phí hạn chế; chưa thành lập được tổ truyền thông cộng đồng; việc theo dõi, tổng hợp số liệu chưa đầy đủ.',
        'Đoàn đã trao đổi, ghi nhận các khó khăn, đề xuất của cơ sở. Kết luận của Đoàn kiểm tra được thông báo tại văn bản số 25-TB/BDVTU ngày 15/5/2023.',
      ),
      inspection: {
        body: DAN_VAN,
        head: 'Trần Trung Kiên, Phó Trưởng Ban Dân vận Tỉnh ủy',
        members: [],
        unitsInspected: [CITY, '01846', khuoiPai],
        activities: [
          { unit: khuoiPai, area: 'ND1', text: `Hội LHPN thành phố phối hợp với Hội LHPN phường Huyền Tụng ${CONFERENCE}; tham dự hội nghị có ${ATTENDEES}` },
        ],
      },
    },
    {
      id: '058-2023-05-15-ket-luan',
      unit: CITY,
      type: 'conclusion',
      date: '2023-05-15',
      ...PERIOD,
      author: DAN_VAN,
      documentNumber: '25-TB/BDVTU',
      title: 'Thông báo kết luận của Đoàn kiểm tra về việc triển khai thực hiện Dự án 8 tại thành phố Bắc Kạn',
      body: paragraphs(
        'Ngày 11/5/2023, Đoàn kiểm tra của Ban Dân vận Tỉnh ủy đã kiểm tra việc triển khai thực hiện Dự án 8 “Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em” tại thành phố Bắc Kạn. Sau khi nghe báo cáo và kiểm tra thực tế, Ban Dân vận Tỉnh ủy thông báo kết luận như sau:',
        `1. Kết quả: Hội LHPN thành phố đã phối hợp với Hội LHPN phường Huyền Tụng ${CONFERENCE}, với sự tham gia của ${ATTENDEES}.`,
        '2. Đề nghị: Hội LHPN thành phố Bắc Kạn khẩn trương rà soát, đề xuất chỉ tiêu thực hiện hằng năm của Dự án 8.',
        'Trên đây là kết luận của Đoàn kiểm tra Ban Dân vận Tỉnh ủy về việc triển khai thực hiện Dự án 8 tại thành phố Bắc Kạn, thông báo để các cơ quan, đơn vị biết, thực hiện./.',
      ),
      requests: [
        {
          to: CITY_WU,
          text: 'Khẩn trương rà soát, đề xuất chỉ tiêu thực hiện hằng năm của Dự án 8 trên địa bàn thành phố.',
          deadline: '2023-06-15',
          done: false,
        },
      ],
    },
  ];
}

import { CM, type Line, PdfFlow } from './pdf-writer';

/**
 * The demo's evidence documents, made at seed time (no committed binaries): the minutes of
 * the Hải Phòng survey session, the draft report of task NV-HP-01 and the Ministry of Home
 * Affairs' reply to recommendation KN-HP-03. Their words come from the article the demo is
 * built on (haiphong.gov.vn, 25/5/2024) and from the seed; numbers, dates of issue and the
 * rest are illustrative, and every page says so.
 */

const FOOTER = 'Văn bản minh họa do hệ thống tạo từ dữ liệu demo — không phải văn bản chính thức.';

/** What the seed needs to file each document where it belongs. */
export type DemoDocument = {
  fileName: string;
  /** Số, ký hiệu. */
  number: string;
  issuedOn: string;
  /** Organization code of the seed (demo-seed.json). */
  issuer: string;
  titleVi: string;
  belongsTo:
    | { kind: 'session'; code: string }
    | { kind: 'task'; code: string }
    | { kind: 'answer'; recommendation: string; addressee: string };
  build: () => Promise<Uint8Array>;
};

const RESOLUTION =
  'Nghị quyết số 23-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương Đảng khóa IX về phát huy sức mạnh đại đoàn kết toàn dân tộc vì dân giàu, nước mạnh, xã hội công bằng, dân chủ, văn minh';

const RECOMMENDATIONS = [
  [
    'KN-HP-01',
    'Đề nghị Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư chỉ đạo đánh giá, tổng kết toàn diện các nghị quyết về từng giai cấp, tầng lớp xã hội; ban hành hướng dẫn bổ sung hoặc nghị quyết mới.',
  ],
  [
    'KN-HP-02',
    'Đề nghị Quốc hội, Chính phủ chỉ đạo nghiên cứu, sửa đổi, hoàn thiện các chính sách cụ thể đối với công nhân, nông dân, trí thức, thanh niên, phụ nữ, đồng bào tôn giáo; công tác dân tộc, tôn giáo.',
  ],
  [
    'KN-HP-03',
    'Chỉ đạo Bộ Nội vụ hướng dẫn thực hiện đồng bộ, thống nhất về tổ chức bộ máy, cán bộ cấp xã, phường, thị trấn và các tổ chức ở thôn, tổ dân phố.',
  ],
] as const;

// Paragraphs of the article, its typing slips corrected.
const ARTICLE = {
  awareness:
    'Nhận thức sâu sắc về ý nghĩa và tầm quan trọng của Nghị quyết số 23-NQ/TW, Thành ủy Hải Phòng đã tập trung lãnh đạo, chỉ đạo quán triệt, triển khai thực hiện với tinh thần nghiêm túc, trách nhiệm và đạt được những kết quả khá toàn diện. Nhận thức của cả hệ thống chính trị, cán bộ, đảng viên và các tầng lớp nhân dân về khối đại đoàn kết toàn dân tộc trên nền tảng liên minh giữa giai cấp công nhân, nông dân và đội ngũ trí thức dưới sự lãnh đạo của Đảng và vị trí, vai trò, tầm quan trọng của các tầng lớp thanh niên, phụ nữ, cựu chiến binh, người cao tuổi, đồng bào theo các tôn giáo được nâng lên.',
  practice:
    'Qua thực tiễn cho thấy, các mục tiêu, quan điểm, giải pháp chủ yếu của Nghị quyết đi vào cuộc sống, góp phần phát huy quyền làm chủ của nhân dân. Quy chế dân chủ ở cơ sở, quy chế đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền các cấp với nhân dân, hoạt động giám sát và phản biện xã hội của MTTQ Việt Nam, các tổ chức chính trị - xã hội được thực hiện tốt; coi trọng tiếp thu ý kiến phản biện, góp ý của nhân dân. Quyền làm chủ của nhân dân được phát huy cao độ trong xây dựng, thực hiện và thụ hưởng các chính sách xây dựng, phát triển thành phố. Mối quan hệ mật thiết giữa cấp ủy đảng, chính quyền với các tầng lớp nhân dân được củng cố. Khối đại đoàn kết toàn dân được tăng cường và trở thành nguồn nội lực quan trọng trong sự nghiệp xây dựng và phát triển thành phố.',
  delegation:
    'Đồng chí Phó Trưởng Ban Dân vận Trung ương, Trưởng Đoàn khảo sát ghi nhận và đánh giá cao sự chuẩn bị tích cực và hỗ trợ tối đa Đoàn khảo sát của thành phố Hải Phòng, góp phần làm sâu sắc kết quả thực hiện Nghị quyết số 23-NQ/TW sau 20 năm. Việc lãnh đạo, chỉ đạo và cụ thể hóa thực hiện Nghị quyết của Hải Phòng hết sức bài bản, khoa học, nghiêm túc và trách nhiệm với nhiều cách làm hay, mô hình sáng tạo; nổi bật là phương châm “Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát và dân thụ hưởng” đã lan tỏa rộng khắp trong các phong trào thi đua yêu nước, nhất là phong trào chung sức xây dựng nông thôn mới, đô thị thông minh.',
  supplement:
    'Đoàn khảo sát đề nghị thành phố bổ sung những kiến nghị đúc rút từ thực tiễn, ghi dấu ấn, bản sắc của Hải Phòng, nhất là việc phát huy quyền làm chủ của Nhân dân và sức mạnh đại đoàn kết toàn dân. Đây là cơ sở lý luận và là những kinh nghiệm quý giúp Đoàn khảo sát bổ sung vào báo cáo tổng kết Nghị quyết số 23-NQ/TW làm cơ sở cho việc tổng kết vào thời gian tới.',
  secretary:
    'Đồng chí Bí thư Thành ủy trân trọng cảm ơn Đoàn khảo sát và nhấn mạnh: Hải Phòng có những chính sách riêng, rất sáng tạo trong thực hiện Nghị quyết 23-NQ/TW nói riêng và phát triển kinh tế - xã hội nói chung; đã khai thác và phát huy yếu tố văn hóa, con người Hải Phòng với những khát vọng xây dựng và phát triển thành phố; có sự quyết liệt trong chỉ đạo, điều hành và sự đồng thuận cao trong thực hiện chủ trương của Đảng, chính sách pháp luật của Nhà nước. Đây chính là sức mạnh của sự đại đoàn kết toàn dân.',
  satisfaction:
    'Hải Phòng nhất quán quan điểm coi sự hài lòng của người dân và doanh nghiệp là ưu tiên hàng đầu, đây là điều kiện tiên quyết trong phát triển kinh tế - xã hội. Những ý kiến đóng góp của các thành viên trong Đoàn khảo sát sẽ được Thành ủy chỉ đạo bổ sung, hoàn chỉnh vào báo cáo tổng kết 20 năm thực hiện Nghị quyết 23-NQ/TW.',
};

const PARTY: Line[] = [
  { text: 'ĐẢNG CỘNG SẢN VIỆT NAM', style: 'bold', size: 12, underline: true },
  { text: ' ', size: 6 },
];
const STATE: Line[] = [
  { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', style: 'bold', size: 11 },
  { text: 'Độc lập - Tự do - Hạnh phúc', style: 'bold', size: 12, underline: true },
  { text: ' ', size: 6 },
];

export async function sessionMinutesPdf(): Promise<Uint8Array> {
  const pdf = await PdfFlow.create(
    {
      title: 'Biên bản buổi làm việc của Đoàn khảo sát với Ban Thường vụ Thành ủy Hải Phòng',
      subject: 'Tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW — phiên khảo sát KS-HP',
      author: 'Đoàn khảo sát của Ban Chỉ đạo Trung ương tổng kết Nghị quyết số 23-NQ/TW',
      keywords: ['KS-HP', '23-NQ/TW', 'biên bản'],
      date: new Date('2024-05-25T11:30:00+07:00'),
    },
    FOOTER,
  );
  pdf.header(
    [
      { text: 'BAN CHỈ ĐẠO TRUNG ƯƠNG', size: 11 },
      { text: 'TỔNG KẾT NGHỊ QUYẾT SỐ 23-NQ/TW', size: 11 },
      { text: 'ĐOÀN KHẢO SÁT', style: 'bold', size: 11 },
      { text: '*' },
      { text: 'Số 01-BB/ĐKS', size: 11 },
    ],
    [...PARTY, { text: 'Hải Phòng, ngày 25 tháng 5 năm 2024', style: 'italic', size: 11 }],
    0.48,
  );
  pdf.centred('BIÊN BẢN', 'bold', 15, 2);
  pdf.centred('buổi làm việc của Đoàn khảo sát với Ban Thường vụ Thành ủy Hải Phòng', 'bold', 12, 14);

  pdf.paragraph(
    `Thực hiện kế hoạch tổng kết 20 năm thực hiện ${RESOLUTION}, hồi 08 giờ 00 ngày 25 tháng 5 năm 2024, tại trụ sở Thành ủy Hải Phòng, Đoàn khảo sát của Ban Chỉ đạo Trung ương làm việc với Ban Thường vụ Thành ủy Hải Phòng.`,
  );
  pdf.paragraph('THÀNH PHẦN', { style: 'bold', hanging: 'I.' });
  pdf.paragraph(
    'Đoàn khảo sát: đồng chí Đỗ Văn Phới, Phó Trưởng Ban Dân vận Trung ương, Trưởng Đoàn; các thành viên Đoàn.',
    {
      hanging: '1.',
    },
  );
  pdf.paragraph('Thành phố Hải Phòng:', { hanging: '2.' });
  for (const person of [
    'đồng chí Trần Lưu Quang, Ủy viên Trung ương Đảng, Bí thư Thành ủy, Trưởng Đoàn ĐBQH Hải Phòng;',
    'đồng chí Cao Xuân Liên, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố;',
    'đồng chí Đào Khánh Hà, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tuyên giáo Thành ủy;',
    'đồng chí Lê Trí Vũ, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy;',
    'đồng chí Bùi Đức Quang, Phó Chủ tịch HĐND thành phố;',
    'lãnh đạo các sở, ngành, địa phương liên quan.',
  ]) {
    pdf.paragraph(person, { hanging: '-', indent: 1.5 * CM });
  }
  pdf.paragraph('NỘI DUNG', { style: 'bold', hanging: 'II.' });
  pdf.paragraph('Thành ủy Hải Phòng báo cáo kết quả 20 năm thực hiện Nghị quyết:', {
    style: 'bold',
    hanging: '1.',
  });
  pdf.paragraph(ARTICLE.awareness);
  pdf.paragraph(ARTICLE.practice);
  pdf.paragraph('Kiến nghị của thành phố:', { style: 'bold', hanging: '2.' });
  for (const [code, text] of RECOMMENDATIONS) pdf.paragraph(text, { hanging: `${code}:` });
  pdf.paragraph('Ý kiến của Trưởng Đoàn khảo sát:', { style: 'bold', hanging: '3.' });
  pdf.paragraph(ARTICLE.delegation);
  pdf.paragraph(ARTICLE.supplement);
  pdf.paragraph('Ý kiến của đồng chí Bí thư Thành ủy:', { style: 'bold', hanging: '4.' });
  pdf.paragraph(ARTICLE.secretary);
  pdf.paragraph(ARTICLE.satisfaction);
  pdf.paragraph('KẾT LUẬN', { style: 'bold', hanging: 'III.' });
  pdf.paragraph(
    'Ban Thường vụ Thành ủy giao Ban Dân vận Thành ủy chủ trì, phối hợp với Ủy ban MTTQ Việt Nam thành phố bổ sung, hoàn chỉnh Báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của thành phố theo ý kiến của Đoàn khảo sát (nhiệm vụ NV-HP-01), hoàn thành trước ngày 30/6/2024; Văn phòng Thành ủy gửi các kiến nghị KN-HP-01, KN-HP-02, KN-HP-03 đến Ban Chỉ đạo Trung ương.',
  );
  pdf.paragraph(
    'Buổi làm việc kết thúc lúc 11 giờ 30 cùng ngày. Biên bản được lập thành 03 bản, các bên thống nhất thông qua./.',
  );
  pdf.closing(
    [],
    [
      { text: 'TM. ĐOÀN KHẢO SÁT', style: 'bold' },
      { text: 'TRƯỞNG ĐOÀN', style: 'bold' },
      { text: '(văn bản minh họa, không có chữ ký)', style: 'italic', size: 10 },
    ],
  );
  return pdf.save();
}

export async function draftReportPdf(): Promise<Uint8Array> {
  const pdf = await PdfFlow.create(
    {
      title: 'Dự thảo Báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của thành phố Hải Phòng',
      subject: 'Nhiệm vụ NV-HP-01: bổ sung, hoàn chỉnh báo cáo theo ý kiến của Đoàn khảo sát',
      author: 'Thành ủy Hải Phòng — Ban Dân vận Thành ủy',
      keywords: ['NV-HP-01', '125-BC/TU', '23-NQ/TW', 'dự thảo'],
      date: new Date('2024-06-28T16:00:00+07:00'),
    },
    FOOTER,
  );
  pdf.header(
    [
      { text: 'THÀNH ỦY HẢI PHÒNG', style: 'bold', size: 12 },
      { text: '*' },
      { text: 'Số 125-BC/TU', size: 11 },
    ],
    [...PARTY, { text: 'Hải Phòng, ngày 28 tháng 6 năm 2024', style: 'italic', size: 11 }],
  );
  pdf.centred('DỰ THẢO', 'bold', 11, 6);
  pdf.centred('BÁO CÁO', 'bold', 15, 2);
  pdf.centred(`tổng kết 20 năm thực hiện ${RESOLUTION}`, 'bold', 12, 14);
  pdf.paragraph(
    'Thực hiện ý kiến của Đoàn khảo sát của Ban Chỉ đạo Trung ương tại buổi làm việc ngày 25/5/2024, Ban Thường vụ Thành ủy giao Ban Dân vận Thành ủy chủ trì bổ sung, hoàn chỉnh báo cáo tổng kết (nhiệm vụ NV-HP-01). Ban Thường vụ Thành ủy báo cáo như sau:',
  );
  pdf.centred('Phần thứ nhất', 'bold', 12, 0);
  pdf.centred('KẾT QUẢ 20 NĂM THỰC HIỆN NGHỊ QUYẾT', 'bold', 12, 8);
  pdf.paragraph('Công tác lãnh đạo, chỉ đạo, quán triệt, triển khai thực hiện', {
    style: 'bold',
    hanging: 'I.',
  });
  pdf.paragraph(ARTICLE.awareness);
  pdf.paragraph('Kết quả đạt được', { style: 'bold', hanging: 'II.' });
  pdf.paragraph(ARTICLE.practice);
  pdf.paragraph(
    'Phương châm “Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát và dân thụ hưởng” được thực hiện rộng khắp trong các phong trào thi đua yêu nước, nhất là phong trào chung sức xây dựng nông thôn mới, đô thị thông minh; nhiều chủ trương được thành phố làm sớm, đi trước cả nước.',
  );
  pdf.paragraph('Hạn chế và nguyên nhân (nội dung minh họa)', { style: 'bold', hanging: 'III.' });
  pdf.paragraph(
    'Việc cụ thể hóa một số chủ trương về từng giai cấp, tầng lớp xã hội còn chậm; cơ chế phối hợp giữa chính quyền với Mặt trận Tổ quốc và các đoàn thể ở một số nơi chưa chặt chẽ; việc tổ chức bộ máy, cán bộ ở cấp xã và các tổ chức ở thôn, tổ dân phố chưa đồng bộ, thống nhất, ảnh hưởng đến việc củng cố khối đại đoàn kết ở cơ sở.',
  );
  pdf.paragraph('Bài học kinh nghiệm', { style: 'bold', hanging: 'IV.' });
  pdf.paragraph(
    'Một là, phát huy vai trò nêu gương của cán bộ, đảng viên, trước hết là người đứng đầu trong thực hiện nhiệm vụ, chức trách được giao. Hai là, coi sự hài lòng của người dân và doanh nghiệp là ưu tiên hàng đầu, là điều kiện tiên quyết trong phát triển kinh tế - xã hội. Ba là, khai thác và phát huy yếu tố văn hóa, con người Hải Phòng với khát vọng xây dựng và phát triển thành phố.',
  );
  pdf.centred('Phần thứ hai', 'bold', 12, 0);
  pdf.centred('PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ KIẾN NGHỊ', 'bold', 12, 8);
  pdf.paragraph(
    'Tiếp tục quán triệt, thực hiện có hiệu quả Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc, xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc. Thành phố kiến nghị:',
  );
  for (const [index, [code, text]] of RECOMMENDATIONS.entries()) {
    pdf.paragraph(`${text} (${code})`, { hanging: `${index + 1}.` });
  }
  pdf.closing(
    [
      { text: 'Nơi nhận:', style: 'bold', size: 10 },
      { text: '- Ban Chỉ đạo Trung ương tổng kết' },
      { text: '  Nghị quyết số 23-NQ/TW,' },
      { text: '- Ban Dân vận Trung ương,' },
      { text: '- Các đồng chí Thành ủy viên,' },
      { text: '- Lưu Văn phòng Thành ủy.' },
    ],
    [
      { text: 'T/M BAN THƯỜNG VỤ', style: 'bold' },
      { text: 'BÍ THƯ', style: 'bold' },
      { text: '(dự thảo, chưa ký)', style: 'italic', size: 10 },
    ],
  );
  return pdf.save();
}

export async function ministryReplyPdf(): Promise<Uint8Array> {
  const pdf = await PdfFlow.create(
    {
      title: 'Công văn số 812/BNV-CQĐP trả lời kiến nghị KN-HP-03 của thành phố Hải Phòng',
      subject: 'Trả lời kiến nghị về tổ chức bộ máy, cán bộ cấp xã và tổ chức ở thôn, tổ dân phố',
      author: 'Bộ Nội vụ',
      keywords: ['KN-HP-03', '812/BNV-CQĐP', 'công văn trả lời'],
      date: new Date('2025-02-14T09:00:00+07:00'),
    },
    FOOTER,
  );
  pdf.header(
    [
      { text: 'BỘ NỘI VỤ', style: 'bold', size: 12, underline: true },
      { text: ' ', size: 6 },
      { text: 'Số: 812/BNV-CQĐP', size: 12 },
      {
        text: 'V/v trả lời kiến nghị của thành phố Hải Phòng về tổ chức bộ máy, cán bộ cấp xã và tổ chức ở thôn, tổ dân phố',
        size: 10,
      },
    ],
    [...STATE, { text: 'Hà Nội, ngày 14 tháng 02 năm 2025', style: 'italic', size: 11 }],
    0.45,
  );
  pdf.centred('Kính gửi:', 'regular', 12, 0);
  pdf.centred('- Ban Chỉ đạo Trung ương tổng kết Nghị quyết số 23-NQ/TW;', 'regular', 12, 0);
  pdf.centred('- Thành ủy Hải Phòng.', 'regular', 12, 12);
  pdf.paragraph(
    `Bộ Nội vụ nhận được kiến nghị của thành phố Hải Phòng qua tổng kết 20 năm thực hiện ${RESOLUTION} (kiến nghị KN-HP-03, do Ban Chỉ đạo Trung ương chuyển đến ngày 07/6/2024), nội dung: “Chỉ đạo Bộ Nội vụ hướng dẫn thực hiện đồng bộ, thống nhất về tổ chức bộ máy, cán bộ cấp xã, phường, thị trấn và các tổ chức ở thôn, tổ dân phố.”`,
  );
  pdf.paragraph('Về vấn đề này, Bộ Nội vụ có ý kiến như sau (nội dung minh họa):');
  pdf.paragraph(
    'Bộ Nội vụ tiếp thu kiến nghị của thành phố. Việc tổ chức bộ máy, bố trí cán bộ, công chức cấp xã và người hoạt động không chuyên trách ở cấp xã, ở thôn, tổ dân phố hiện được thực hiện theo Luật Tổ chức chính quyền địa phương và Nghị định số 33/2023/NĐ-CP ngày 10/6/2023 của Chính phủ; tổ chức và hoạt động của thôn, tổ dân phố thực hiện theo hướng dẫn của Bộ Nội vụ.',
    { hanging: '1.' },
  );
  pdf.paragraph(
    'Bộ Nội vụ đang chủ trì xây dựng văn bản hướng dẫn về tổ chức bộ máy, cán bộ cấp xã và tổ chức ở thôn, tổ dân phố, bảo đảm đồng bộ, thống nhất giữa các địa phương, phù hợp với chủ trương sắp xếp đơn vị hành chính các cấp; trong đó làm rõ vai trò của Ban công tác Mặt trận và các đoàn thể ở khu dân cư trong việc củng cố khối đại đoàn kết toàn dân tộc ở cơ sở.',
    { hanging: '2.' },
  );
  pdf.paragraph(
    'Đề nghị Thành ủy Hải Phòng chỉ đạo tổng hợp những khó khăn, vướng mắc và mô hình hay trong thực tiễn tổ chức thôn, tổ dân phố trên địa bàn, gửi về Bộ Nội vụ (qua Vụ Chính quyền địa phương) trước ngày 31/3/2025 để tổng hợp, hoàn thiện văn bản hướng dẫn.',
    { hanging: '3.' },
  );
  pdf.paragraph(
    'Bộ Nội vụ trả lời để Ban Chỉ đạo Trung ương và Thành ủy Hải Phòng biết, tổng hợp vào báo cáo tổng kết Nghị quyết./.',
  );
  pdf.closing(
    [
      { text: 'Nơi nhận:', style: 'bold', size: 10 },
      { text: '- Như trên;' },
      { text: '- Văn phòng Chính phủ;' },
      { text: '- Bộ trưởng (để báo cáo);' },
      { text: '- Lưu: VT, CQĐP.' },
    ],
    [
      { text: 'KT. BỘ TRƯỞNG', style: 'bold' },
      { text: 'THỨ TRƯỞNG', style: 'bold' },
      { text: '(văn bản minh họa, không có chữ ký)', style: 'italic', size: 10 },
    ],
  );
  return pdf.save();
}

export const DEMO_DOCUMENTS: DemoDocument[] = [
  {
    fileName: 'Biên bản làm việc Đoàn khảo sát - Hải Phòng 25-5-2024.pdf',
    number: '01-BB/ĐKS',
    issuedOn: '2024-05-25',
    issuer: 'BCD23',
    titleVi: 'Biên bản buổi làm việc của Đoàn khảo sát với Ban Thường vụ Thành ủy Hải Phòng',
    belongsTo: { kind: 'session', code: 'KS-HP' },
    build: sessionMinutesPdf,
  },
  {
    fileName: 'Dự thảo Báo cáo 125-BC-TU tổng kết Nghị quyết 23 (NV-HP-01).pdf',
    number: '125-BC/TU',
    issuedOn: '2024-06-28',
    issuer: 'HP-TU',
    titleVi: 'Dự thảo Báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của thành phố Hải Phòng',
    belongsTo: { kind: 'task', code: 'NV-HP-01' },
    build: draftReportPdf,
  },
  {
    fileName: 'Công văn 812-BNV-CQĐP trả lời kiến nghị KN-HP-03.pdf',
    number: '812/BNV-CQĐP',
    issuedOn: '2025-02-14',
    issuer: 'BNV',
    titleVi:
      'Trả lời kiến nghị của thành phố Hải Phòng về tổ chức bộ máy, cán bộ cấp xã và tổ chức ở thôn, tổ dân phố',
    belongsTo: { kind: 'answer', recommendation: 'KN-HP-03', addressee: 'BNV' },
    build: ministryReplyPdf,
  },
];

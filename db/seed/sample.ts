import { addDays } from '@/lib/clock';
import type { AddresseeStatus, RecommendationCategory } from '@/lib/domain/recommendations';
import type { TaskStatus } from '@/lib/domain/tasks';
import { type SeedRecommendation, type SeedSession, type SeedTask, seed } from './data';
import { SEED_HORIZON } from './history';

/** A small deterministic random generator (mulberry32), so every demo database is the same. */
export function randomGenerator(seedValue: number) {
  let state = seedValue >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
  };
}

const TASK_TITLES = [
  'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của {p}',
  'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại {p}',
  'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại {p}',
  'Tổng hợp mô hình, cách làm hay trong công tác dân vận tại {p}',
  'Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại {p}',
  'Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại {p}',
  'Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương ({p})',
  'Tổng hợp kiến nghị, đề xuất của {p} gửi Ban Chỉ đạo Trung ương',
  'Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu trong xây dựng khối đại đoàn kết tại {p}',
  'Rà soát chính sách đối với công nhân, nông dân, trí thức trên địa bàn {p}',
];

const RECOMMENDATION_TEXTS: { category: RecommendationCategory; text: string; to: string[] }[] = [
  {
    category: 'policy',
    text: 'Đề nghị Chính phủ sửa đổi chính sách hỗ trợ người có uy tín trong đồng bào dân tộc thiểu số cho phù hợp thực tiễn.',
    to: ['CP', 'BDTTG'],
  },
  {
    category: 'guidance',
    text: 'Đề nghị Bộ Nội vụ hướng dẫn chế độ đối với cán bộ không chuyên trách ở thôn, tổ dân phố sau sắp xếp đơn vị hành chính.',
    to: ['BNV'],
  },
  {
    category: 'rule_revision',
    text: 'Đề nghị Quốc hội sửa đổi Luật Mặt trận Tổ quốc Việt Nam để tăng cường vai trò giám sát, phản biện xã hội.',
    to: ['QH', 'UBTWMTTQ'],
  },
  {
    category: 'new_resolution',
    text: 'Đề nghị Bộ Chính trị ban hành nghị quyết mới về tăng cường khối đại đoàn kết toàn dân tộc trong giai đoạn mới.',
    to: ['BCT'],
  },
  {
    category: 'guidance',
    text: 'Đề nghị Ban Dân vận Trung ương hướng dẫn nâng cao chất lượng công tác dân vận của chính quyền các cấp.',
    to: ['BDVTW'],
  },
  {
    category: 'other',
    text: 'Đề nghị Tổng Liên đoàn Lao động Việt Nam tăng cường nắm bắt tâm tư, nguyện vọng của công nhân tại khu công nghiệp.',
    to: ['TLDLD'],
  },
];

/** Sample tasks, sessions and recommendations for every province but Hải Phòng (which has the real ones). */
export function sampleProvinceData() {
  const random = randomGenerator(23);
  const sessions: SeedSession[] = [];
  const tasks: SeedTask[] = [];
  const recommendations: SeedRecommendation[] = [];
  const provinces = seed.organizations.filter((o) => o.kind === 'province' && o.code !== 'P31');

  for (const province of provinces) {
    const name = province.shortNameVi ?? province.nameVi;
    const heldOn = addDays('2024-03-01', random.int(0, 100));
    const session = `KS-${province.code}`;
    sessions.push({
      code: session,
      review: 'TK20-NQ23',
      organization: province.code,
      heldOn,
      titleVi: `Đoàn khảo sát của Ban Chỉ đạo Trung ương làm việc với ${province.nameVi} (dữ liệu mẫu)`,
    });

    const count = random.int(6, 14);
    for (let i = 1; i <= count; i++) {
      const createdOn = addDays(heldOn, random.int(2, 20));
      const roll = random.next();
      const status: TaskStatus =
        roll < 0.5
          ? 'completed'
          : roll < 0.58
            ? 'awaiting_confirmation'
            : roll < 0.85
              ? 'in_progress'
              : roll < 0.96
                ? 'not_started'
                : 'cancelled';
      // Open work is mostly due after the seeded history ends; some of it is already overdue.
      const open = status === 'in_progress' || status === 'not_started';
      const dueOn =
        open && random.next() < 0.7
          ? addDays(SEED_HORIZON, random.int(20, 420))
          : addDays(createdOn, random.int(30, 760));
      let completedOn: string | undefined;
      if (status === 'completed' || status === 'awaiting_confirmation') {
        completedOn = addDays(dueOn, random.int(-60, 30));
        if (completedOn > SEED_HORIZON) completedOn = addDays(SEED_HORIZON, -random.int(0, 30));
        if (completedOn < addDays(createdOn, 5)) completedOn = addDays(createdOn, 5);
      }
      tasks.push({
        code: `NV-${province.code}-${String(i).padStart(2, '0')}`,
        review: 'TK20-NQ23',
        session,
        assignee: province.code,
        dueOn,
        status,
        completedOn,
        progress: completedOn ? 100 : status === 'in_progress' ? random.int(15, 90) : 0,
        titleVi: TASK_TITLES[(i - 1) % TASK_TITLES.length].replace('{p}', name),
        createdOn,
      });
    }

    if (random.next() < 0.5) {
      const template = random.pick(RECOMMENDATION_TEXTS);
      const submittedOn = addDays(heldOn, random.int(10, 30));
      const statuses: AddresseeStatus[] = [
        'submitted',
        'under_review',
        'accepted',
        'partially_accepted',
        'declined',
      ];
      recommendations.push({
        code: `KN-${province.code}-01`,
        review: 'TK20-NQ23',
        session,
        sourceOrg: province.code,
        addressees: template.to,
        category: template.category,
        textVi: template.text,
        submittedOn,
        responseDueOn: addDays(submittedOn, random.int(60, 240)),
        addresseeStatus: Object.fromEntries(template.to.map((code) => [code, random.pick(statuses)])),
      });
    }
  }
  return { sessions, tasks, recommendations };
}

import { addDays } from '@/lib/clock';
import type { SeedRecommendation, SeedTask } from './data';

/**
 * Demo records dated from the day the database is seeded (lib/clock's today), so that a new
 * demo shows reminders at work on any date: a task of Ban Dân vận Hải Phòng due in 3 days,
 * another overdue by 10 days, and a recommendation awaiting the Ministry of Home Affairs'
 * answer, its reply due in 5 days.
 */
export function relativeDemoData(seedDay: string): {
  tasks: SeedTask[];
  recommendations: SeedRecommendation[];
} {
  return {
    tasks: [
      {
        code: 'NV-HP-08',
        review: 'TK20-NQ23',
        session: 'KS-HP',
        assignee: 'HP-BDV',
        dueOn: addDays(seedDay, 3),
        status: 'in_progress',
        progress: 60,
        titleVi: 'Hoàn thiện phụ lục số liệu về công tác dân vận của các cấp chính quyền thành phố',
        createdOn: addDays(seedDay, -40),
      },
      {
        code: 'NV-HP-09',
        review: 'TK20-NQ23',
        session: 'KS-HP',
        assignee: 'HP-BDV',
        dueOn: addDays(seedDay, -10),
        status: 'in_progress',
        progress: 30,
        titleVi: 'Tổng hợp ý kiến của Mặt trận Tổ quốc và các đoàn thể về dự thảo báo cáo tổng kết',
        createdOn: addDays(seedDay, -60),
      },
    ],
    recommendations: [
      {
        code: 'KN-HP-04',
        review: 'TK20-NQ23',
        session: 'KS-HP',
        sourceOrg: 'P31',
        addressees: ['BNV'],
        category: 'guidance',
        textVi:
          'Đề nghị Bộ Nội vụ hướng dẫn chế độ, chính sách đối với cán bộ làm công tác dân vận ở cơ sở sau khi sắp xếp đơn vị hành chính.',
        summaryEn:
          'Ask the Ministry of Home Affairs for guidance on the terms of grassroots mass-mobilisation officials after the administrative reorganisation.',
        submittedOn: addDays(seedDay, -10),
        responseDueOn: addDays(seedDay, 5),
        addresseeStatus: { BNV: 'submitted' },
      },
    ],
  };
}

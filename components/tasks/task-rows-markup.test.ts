import { describe, expect, it } from 'vitest';
import type { TaskRow } from '@/db/queries/task-list';
import { type TaskRowLabels, taskRowsMarkup } from './task-rows-markup';

const labels: TaskRowLabels = {
  locale: 'vi',
  progress: 'Tiến độ',
  status: {
    not_started: 'Chưa thực hiện',
    in_progress: 'Đang thực hiện',
    awaiting_confirmation: 'Chờ xác nhận hoàn thành',
    completed: 'Đã hoàn thành',
    cancelled: 'Đã hủy',
  },
  deadlineClass: {
    completed_on_time: 'Hoàn thành đúng hạn',
    completed_late: 'Hoàn thành quá hạn',
    in_progress_on_time: 'Chưa hoàn thành, trong hạn',
    overdue: 'Chưa hoàn thành, quá hạn',
  },
};
const row: TaskRow = {
  code: 'HP-NV-01',
  title: 'Rà soát quy chế <script>alert(1)</script> & "phối hợp"',
  assigneeCode: 'HP-BDV',
  assigneeNameVi: "Ban Dân vận Thành ủy 'Hải Phòng'",
  assigneeNameEn: 'Mass Mobilisation Commission',
  dueOn: '2026-12-31',
  originalDueOn: '2026-12-31',
  status: 'in_progress',
  progress: 40,
  completedOn: null,
  deadlineClass: 'overdue',
  documents: 2,
};

describe('taskRowsMarkup', () => {
  it('writes a row per task, cell by cell, in the reader’s language', () => {
    // the whole row, as the table's React elements wrote it
    expect(taskRowsMarkup([row], labels)).toBe(
      '<tr><td><a href="/tasks/HP-NV-01">HP-NV-01</a></td>' +
        '<td>Rà soát quy chế &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;phối hợp&quot;</td>' +
        '<td>Ban Dân vận Thành ủy &#39;Hải Phòng&#39;</td><td>31/12/2026</td>' +
        '<td><span data-testid="task-status" class="status-badge bg-blue-50 text-blue-900">Đang thực hiện</span></td>' +
        '<td><span role="progressbar" aria-label="Tiến độ" aria-valuenow="40" style="--progress:40%"></span>40%</td>' +
        '<td>Chưa hoàn thành, quá hạn</td><td data-testid="task-evidence">2</td></tr>',
    );
    const html = taskRowsMarkup(
      [row, { ...row, code: 'HP-NV-02', status: 'cancelled', deadlineClass: null }],
      labels,
    );
    expect(html.match(/<tr>/g)).toHaveLength(2);
    expect(html).toContain('<td><a href="/tasks/HP-NV-01">HP-NV-01</a></td>');
    expect(html).toContain('<td>31/12/2026</td>');
    expect(html).toContain(
      '<span data-testid="task-status" class="status-badge bg-blue-50 text-blue-900">Đang thực hiện</span>',
    );
    expect(html).toContain(
      '<span role="progressbar" aria-label="Tiến độ" aria-valuenow="40" style="--progress:40%"></span>40%',
    );
    expect(html).toContain('<td>Chưa hoàn thành, quá hạn</td>');
    expect(html).toContain('<td data-testid="task-evidence">2</td>');
    // a cancelled task has no deadline class
    expect(html).toContain('line-through">Đã hủy</span></td><td><span role="progressbar"');
    expect(html.endsWith('<td>—</td><td data-testid="task-evidence">2</td></tr>')).toBe(true);
    expect(taskRowsMarkup([row], { ...labels, locale: 'en' })).toContain(
      '<td>Mass Mobilisation Commission</td>',
    );
    expect(taskRowsMarkup([{ ...row, assigneeNameEn: null }], { ...labels, locale: 'en' })).toContain(
      'Ban Dân vận Thành ủy &#39;Hải Phòng&#39;',
    );
  });

  it('escapes whatever people typed: no tag, attribute or entity of theirs gets through', () => {
    const html = taskRowsMarkup([row], labels);
    expect(html).not.toContain('<script>');
    expect(html).toContain(
      'Rà soát quy chế &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;phối hợp&quot;',
    );
    expect(html).toContain('Ban Dân vận Thành ủy &#39;Hải Phòng&#39;');
    expect(taskRowsMarkup([], labels)).toBe('');
    // the labels too (a translation may hold a quote)
    const quoted = taskRowsMarkup([row], {
      ...labels,
      progress: 'Tiến "độ"',
      status: { ...labels.status, in_progress: 'Đang <làm>' },
      deadlineClass: { ...labels.deadlineClass, overdue: 'Quá hạn & chưa xong' },
    });
    expect(quoted).toContain('aria-label="Tiến &quot;độ&quot;"');
    expect(quoted).toContain('>Đang &lt;làm&gt;</span>');
    expect(quoted).toContain('<td>Quá hạn &amp; chưa xong</td>');
  });
});

import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/domain/permissions';
import { staleRows as staleRowsFor } from './outcome';
import {
  checkRecommendationFields,
  type ExistingRecommendation,
  parseCategory,
  parseRecommendationStatus,
  planRecommendation,
  type RawRecommendationRow,
  type ResolvedRow,
  readRecommendationRows,
} from './recommendation-rows';
import { parseDay, splitList } from './rows';

const HEADER = [
  'Mã kiến nghị',
  'Nội dung kiến nghị',
  'Loại kiến nghị',
  'Cơ quan nhận kiến nghị',
  'Đơn vị gửi kiến nghị',
  'Mã đợt khảo sát',
  'Mã nhiệm vụ liên quan',
  'Hạn trả lời',
  'Trạng thái',
];

function raw(values: Partial<RawRecommendationRow['values']>, line = 2): RawRecommendationRow {
  return {
    line,
    values: {
      code: '',
      text: 'Nội dung',
      category: 'Chính sách',
      addressees: 'QH',
      source: 'P31',
      session: '',
      tasks: '',
      responseDueOn: '',
      status: '',
      ...values,
    },
  };
}

describe('reading recommendation rows', () => {
  it('finds the header by name without diacritics, in any order, below a title row', () => {
    const table = readRecommendationRows([
      ['Danh sách kiến nghị'],
      ['noi nhan', 'NỘI DUNG KIẾN NGHỊ', 'Loại kiến nghị', 'Đơn vị gửi kiến nghị'],
      ['QH; CP', 'Đề nghị', 'Khác', 'P31'],
      ['', '', '', ''],
    ]);
    expect(table).toEqual({
      rows: [
        {
          line: 3,
          values: expect.objectContaining({ text: 'Đề nghị', addressees: 'QH; CP', source: 'P31', code: '' }),
        },
      ],
    });
  });

  it('names the required columns a file lacks', () => {
    expect(readRecommendationRows([HEADER.slice(0, 3)])).toEqual({
      missing: ['Cơ quan nhận kiến nghị', 'Đơn vị gửi kiến nghị'],
    });
  });

  it('still reads a file made before the vocabulary changed ("Nơi nhận", "Mã buổi khảo sát")', () => {
    const old = HEADER.map((h) =>
      h.replace('Cơ quan nhận kiến nghị', 'Nơi nhận').replace('Mã đợt', 'Mã buổi'),
    );
    expect(old).toContain('Nơi nhận');
    expect(readRecommendationRows([old, ['', 'Đề nghị', 'Chính sách', 'QH', 'P31', 'KS-01']])).toMatchObject({
      rows: [{ values: { addressees: 'QH', session: 'KS-01' } }],
    });
  });

  it('reads categories and statuses by key or label, Vietnamese or English, with or without diacritics', () => {
    expect(
      ['policy', 'Chính sách', 'chinh sach', 'Policy', 'Hướng dẫn thực hiện'].map(parseCategory),
    ).toEqual(['policy', 'policy', 'policy', 'policy', 'guidance']);
    expect(parseCategory('Linh tinh')).toBeNull();
    expect(['Dự thảo', 'da gui', 'Submitted'].map(parseRecommendationStatus)).toEqual([
      'draft',
      'submitted',
      'submitted',
    ]);
  });

  it('reads the answer statuses by their labels before the vocabulary change too', () => {
    const earlier = {
      'Đang xem xét': 'under_review',
      'dang xem xet': 'under_review',
      'Tiếp thu': 'accepted',
      'Tiếp thu một phần': 'partially_accepted',
      'Không tiếp thu': 'declined',
      'KHÔNG TIẾP THU': 'declined',
      'Under review': 'under_review',
      'Partially accepted': 'partially_accepted',
      Declined: 'declined',
    };
    for (const [label, status] of Object.entries(earlier))
      expect(parseRecommendationStatus(label), label).toBe(status);
    // Today's labels, unchanged.
    expect(
      [
        'Đang nghiên cứu, xem xét',
        'Đã tiếp thu',
        'Tiếp thu một phần, giải trình',
        'Giải trình, không tiếp thu',
      ].map(parseRecommendationStatus),
    ).toEqual(['under_review', 'accepted', 'partially_accepted', 'declined']);
    expect(parseRecommendationStatus('Đang chờ')).toBeNull();
  });

  it('reads a row of a template filled in before the change', () => {
    const checked = checkRecommendationFields(raw({ status: 'Đang xem xét' }));
    expect(checked.errors).toEqual([]);
    expect(checked.row?.status).toBe('under_review');
  });

  it('splits lists and reads days as the template writes them', () => {
    expect(splitList('QH; CP,BNV\nQH')).toEqual(['QH', 'CP', 'BNV']);
    expect(parseDay('31/12/2026')).toBe('2026-12-31');
    expect(parseDay('1/2/2027')).toBe('2027-02-01');
    expect(parseDay('31/02/2026')).toBeNull();
  });

  it('keeps a whole row, composed and trimmed', () => {
    const result = checkRecommendationFields(
      raw({ text: ' Đe\u0302̀ nghị ', addressees: 'QH;CP', tasks: 'NV-HP-01', responseDueOn: '31/12/2026' }),
    );
    expect(result.errors).toEqual([]);
    expect(result.row).toMatchObject({
      code: null,
      text: 'Đề nghị',
      category: 'policy',
      addressees: ['QH', 'CP'],
      tasks: ['NV-HP-01'],
      responseDueOn: '2026-12-31',
      status: null,
    });
  });

  it('reports every problem of a row, and its code when the code alone is fine', () => {
    const result = checkRecommendationFields(
      raw({
        code: 'KN-HP-01',
        text: '',
        category: 'Linh tinh',
        addressees: '',
        source: '',
        responseDueOn: '2026-13-01',
        status: 'Không rõ',
      }),
    );
    expect(result.row).toBeNull();
    expect(result.code).toBe('KN-HP-01');
    expect(result.errors.map((e) => [e.column, e.key])).toEqual([
      ['category', 'import.errors.badCategory'],
      ['text', 'recommendations.errors.textRequired'],
      ['addressees', 'recommendations.errors.addresseeRequired'],
      ['source', 'recommendationImport.errors.sourceRequired'],
      ['responseDueOn', 'import.errors.badDate'],
      ['status', 'import.errors.badStatus'],
    ]);
    const long = checkRecommendationFields(raw({ text: 'x'.repeat(5001), code: 'bad code!' }));
    expect(long.errors.map((e) => e.key)).toEqual([
      'recommendations.errors.badCode',
      'recommendations.errors.textTooLong',
    ]);
  });
});

describe('planning a recommendation row', () => {
  const hp: Actor = { role: 'coordinator', orgPath: '/1/31/5/', scopePath: '/1/31/' };
  const national: Actor = { role: 'coordinator', orgPath: '/1/2/3/', scopePath: '/1/' };
  const resolved: ResolvedRow = {
    source: { id: 31, path: '/1/31/', valid: true },
    addressees: [{ id: 7, valid: true }],
    sessionId: null,
    taskIds: [],
    coordinatorPath: '/1/2/3/',
  };
  const submitted: ExistingRecommendation = {
    status: 'under_review',
    sourcePath: '/1/31/',
    coordinatorPath: '/1/2/3/',
    sourceOrgId: 31,
    submittedOn: '2024-06-07',
    responseDueOn: null,
    category: 'policy',
    text: 'Nội dung',
    sessionId: null,
    addresseeIds: [7],
    taskIds: [],
  };
  const row = (values: Partial<RawRecommendationRow['values']>) =>
    checkRecommendationFields(raw(values)).row!;
  const keys = (result: ReturnType<typeof planRecommendation>) =>
    'errors' in result ? result.errors.map((e) => e.key) : result.plan;

  it('creates a draft, or a submitted one when asked', () => {
    expect(keys(planRecommendation(hp, row({}), resolved, null, '2026-11-15'))).toEqual({
      kind: 'create',
      submit: false,
      deadline: false,
    });
    expect(
      keys(planRecommendation(hp, row({ status: 'Đã gửi' }), resolved, null, '2026-11-15')),
    ).toMatchObject({
      submit: true,
    });
  });

  it('leaves an unchanged submitted one alone and refuses to edit it', () => {
    expect(
      keys(
        planRecommendation(
          hp,
          row({ status: 'Đang nghiên cứu, xem xét' }),
          resolved,
          submitted,
          '2026-11-15',
        ),
      ),
    ).toEqual({
      kind: 'unchanged',
    });
    expect(keys(planRecommendation(hp, row({ text: 'Khác' }), resolved, submitted, '2026-11-15'))).toEqual([
      'recommendationImport.errors.notEditable',
    ]);
    expect(
      keys(planRecommendation(hp, row({ status: 'Dự thảo' }), resolved, submitted, '2026-11-15')),
    ).toEqual(['import.errors.transition']);
  });

  it('lets only the review coordinator set a deadline, on a submitted one, not before submission', () => {
    const due = row({ responseDueOn: '31/12/2026' });
    expect(keys(planRecommendation(hp, due, resolved, submitted, '2026-11-15'))).toEqual([
      'recommendationImport.errors.deadlineForbidden',
    ]);
    expect(keys(planRecommendation(national, due, resolved, submitted, '2026-11-15'))).toEqual({
      kind: 'update',
      edit: false,
      submit: false,
      deadline: true,
    });
    expect(keys(planRecommendation(national, due, resolved, null, '2026-11-15'))).toEqual([
      'recommendationImport.errors.deadlineDraft',
    ]);
    const early = row({ responseDueOn: '01/01/2024' });
    expect(keys(planRecommendation(national, early, resolved, submitted, '2026-11-15'))).toEqual([
      'recommendations.errors.deadlineBeforeSubmission',
    ]);
  });

  it('refuses a source out of reach, a new retired addressee and a changed source', () => {
    const outside = { ...resolved, source: { id: 1, path: '/1/2/', valid: true } };
    expect(keys(planRecommendation(hp, row({}), outside, null, '2026-11-15'))).toEqual([
      'recommendations.errors.sourceInvalid',
    ]);
    const retired = { ...resolved, addressees: [{ id: 9, valid: false }] };
    expect(keys(planRecommendation(hp, row({}), retired, null, '2026-11-15'))).toEqual([
      'recommendations.errors.addresseeInvalid',
    ]);
    const keptRetired = { ...resolved, addressees: [{ id: 7, valid: false }] };
    expect(keys(planRecommendation(hp, row({}), keptRetired, submitted, '2026-11-15'))).toEqual({
      kind: 'unchanged',
    });
    expect(keys(planRecommendation(hp, row({}), outside, submitted, '2026-11-15'))).toEqual([
      'recommendationImport.errors.sourceChange',
    ]);
  });

  it('compares the dry run’s versions with the commit’s', () => {
    expect(staleRowsFor({ 'KN-1': 2 }, [{ line: 2, code: 'KN-1', version: 3 }])).toEqual([
      { line: 2, code: 'KN-1' },
    ]);
    expect(staleRowsFor({ 'KN-1': 3 }, [{ line: 2, code: 'KN-1', version: 3 }])).toEqual([]);
    expect(staleRowsFor({}, [{ line: 2, code: 'constructor', version: 1 }])).toHaveLength(1);
  });
});

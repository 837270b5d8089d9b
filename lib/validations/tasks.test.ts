import { describe, expect, it } from 'vitest';
import { parseTaskAction, TaskCreateInput, TaskEditInput } from './tasks';

const TODAY = '2026-11-15';
const messages = (result: ReturnType<typeof parseTaskAction>) =>
  result.success ? [] : result.error.issues.map((issue) => issue.message);

describe('workflow action input', () => {
  const progress = (value: unknown) =>
    parseTaskAction(
      { action: 'progress', code: 'NV-HP-06', version: '3', progress: value, note: 'ok' },
      TODAY,
    );

  it('takes a progress from 0 to 100', () => {
    expect(progress('0').success).toBe(true);
    const hundred = progress(' 100 ');
    expect(hundred.success && hundred.data.progress).toBe(100);
  });

  it('refuses progress 101, -5, "abc", 12.5 and nothing with the range message', () => {
    for (const bad of ['101', '-5', 'abc', '12.5', '', null]) {
      expect(messages(progress(bad))).toEqual(['tasks.errors.progressRange']);
    }
  });

  it('refuses a completion date in the future, and an impossible date', () => {
    const report = (completedOn: string) =>
      parseTaskAction({ action: 'report', code: 'NV-HP-06', version: '1', completedOn, note: 'done' }, TODAY);
    expect(report(TODAY).success).toBe(true);
    expect(messages(report('2026-11-16'))).toEqual(['tasks.errors.completedInFuture']);
    expect(messages(report('2026-02-30'))).toEqual(['tasks.errors.badDate']);
  });

  it('requires a note to report and a reason to return, extend, cancel and reopen', () => {
    expect(
      messages(parseTaskAction({ action: 'report', code: 'NV-1', version: '1', completedOn: TODAY }, TODAY)),
    ).toEqual(['tasks.errors.noteRequired']);
    for (const action of ['return', 'cancel', 'reopen']) {
      expect(messages(parseTaskAction({ action, code: 'NV-1', version: '1', reason: '   ' }, TODAY))).toEqual(
        ['tasks.errors.reasonRequired'],
      );
    }
    expect(
      messages(parseTaskAction({ action: 'extend', code: 'NV-1', version: '1', dueOn: '2027-01-01' }, TODAY)),
    ).toEqual(['tasks.errors.reasonRequired']);
  });

  it('refuses an unknown action or status by name', () => {
    const result = parseTaskAction({ action: 'approve_everything', code: 'NV-1', version: '1' }, TODAY);
    expect(result.success).toBe(false);
    expect(!result.success && result.field).toBe('action');
  });

  it('bounds notes and keeps hostile text as it is, trimmed and composed', () => {
    const long = parseTaskAction(
      { action: 'progress', code: 'NV-1', version: '1', progress: '5', note: 'x'.repeat(2001) },
      TODAY,
    );
    expect(messages(long)).toEqual(['tasks.errors.noteTooLong']);
    const hostile = parseTaskAction(
      { action: 'progress', code: 'NV-1', version: '1', progress: '5', note: ' <script>alert(1)</script> ' },
      TODAY,
    );
    expect(hostile.success && hostile.data.note).toBe('<script>alert(1)</script>');
    const decomposed = parseTaskAction(
      { action: 'progress', code: 'NV-1', version: '1', progress: '5', note: 'Ha\u0309i Pho\u0300ng' },
      TODAY,
    );
    expect(decomposed.success && decomposed.data.note).toBe('Hải Phòng');
  });
});

describe('task create and edit input', () => {
  const create = (over: Record<string, unknown>) =>
    TaskCreateInput.safeParse({
      code: '',
      review: 'TK20-NQ23',
      title: 'Một nhiệm vụ',
      description: '',
      assignee: 'HP-BDV',
      dueOn: '2026-12-31',
      session: '',
      recommendations: [],
      ...over,
    });

  it('accepts a task without code, session or recommendations', () => {
    const result = create({});
    expect(result.success && result.data).toMatchObject({ code: null, session: null, recommendations: [] });
  });

  it('refuses a 10,000-character title and an empty one', () => {
    expect(create({ title: 'a'.repeat(10_000) }).error?.issues[0].message).toBe('tasks.errors.titleTooLong');
    expect(create({ title: '  ' }).error?.issues[0].message).toBe('tasks.errors.titleRequired');
  });

  it('checks the format of a given code and of linked recommendation codes', () => {
    expect(create({ code: 'nv-2026-9000' }).data?.code).toBe('NV-2026-9000');
    expect(create({ code: 'a b' }).error?.issues[0].message).toBe('tasks.errors.badCode');
    expect(create({ recommendations: ['KN-HP-01, KN-HP-02'] }).data?.recommendations).toEqual([
      'KN-HP-01',
      'KN-HP-02',
    ]);
  });

  it('refuses a field that is not in the form', () => {
    expect(
      TaskEditInput.safeParse({
        code: 'NV-HP-06',
        version: '1',
        title: 't',
        description: '',
        assignee: 'HP-BDV',
        session: '',
        status: 'completed',
      }).success,
    ).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { withParam } from './stacked-rows';

describe('a cell link: the row link narrowed by its series', () => {
  it('adds the parameter to a link with or without a query', () => {
    expect(withParam('/tasks?province=P31&asOf=2026-01-31', 'class', 'overdue')).toBe(
      '/tasks?province=P31&asOf=2026-01-31&class=overdue',
    );
    expect(withParam('/tasks', 'class', 'overdue')).toBe('/tasks?class=overdue');
  });

  it('replaces a parameter already there and keeps the encoding', () => {
    expect(withParam('/recommendations?addressee=BNV&status=submitted', 'status', 'accepted')).toBe(
      '/recommendations?addressee=BNV&status=accepted',
    );
    expect(withParam('/recommendations?q=h%E1%BA%A3i+ph%C3%B2ng', 'status', 'declined')).toBe(
      '/recommendations?q=h%E1%BA%A3i+ph%C3%B2ng&status=declined',
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_RULE,
  ADDRESS_RULE,
  accountKey,
  afterFailure,
  isLocked,
  type ThrottleState,
} from './throttle';

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 15, 3, minutes));

function fail(times: number, rule = ACCOUNT_RULE, start: ThrottleState | null = null, minute = 0) {
  let state = start;
  for (let i = 0; i < times; i++) state = afterFailure(state, at(minute), rule);
  return state as ThrottleState;
}

describe('sign-in throttling', () => {
  it('locks an account for 15 minutes on the fifth failure in a row, not before', () => {
    const four = fail(4);
    expect(four.failures).toBe(4);
    expect(isLocked(four, at(0))).toBe(false);
    const five = afterFailure(four, at(1), ACCOUNT_RULE);
    expect(isLocked(five, at(1))).toBe(true);
    expect(isLocked(five, at(15))).toBe(true);
    expect(isLocked(five, at(16))).toBe(false);
  });

  it('needs another full run of failures to lock again after a lock has passed', () => {
    const locked = fail(5);
    const once = afterFailure(locked, at(20), ACCOUNT_RULE);
    expect(once.failures).toBe(1);
    expect(isLocked(once, at(20))).toBe(false);
  });

  it('starts the address count again when its window has run out', () => {
    const many = fail(29, ADDRESS_RULE);
    expect(isLocked(many, at(0))).toBe(false);
    const later = afterFailure(many, at(16), ADDRESS_RULE);
    expect(later.failures).toBe(1);
    expect(isLocked(afterFailure(many, at(10), ADDRESS_RULE), at(10))).toBe(true);
  });

  it('counts a login whatever its case', () => {
    expect(accountKey('HP.DanVan')).toBe(accountKey('hp.danvan'));
  });
});

import { describe, expect, it } from 'vitest';
import { signInFailures, signInLocks } from '@/lib/metrics';
import { signInWithPassword } from './auth';

const failures = async (reason: string) =>
  (await signInFailures().get()).values.find((value) => value.labels.reason === reason)?.value ?? 0;
const locks = async () => (await signInLocks().get()).values[0]?.value ?? 0;

describe('sign-in metrics', () => {
  it('count each refused attempt by reason and each lock once, however many attempts run in parallel', async () => {
    const before = {
      wrong: await failures('wrong_password'),
      throttled: await failures('throttled'),
      locks: await locks(),
    };
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, () => signInWithPassword('hp.mttq', 'not the password', { address: null })),
    );
    expect(outcomes.every((outcome) => outcome.kind === 'refused')).toBe(true);
    expect(await failures('wrong_password')).toBe(before.wrong + 5);
    expect(await failures('throttled')).toBe(before.throttled + 3);
    expect(await locks()).toBe(before.locks + 1);

    const unknownBefore = await failures('unknown_login');
    await signInWithPassword('nobody.here', 'whatever-password', { address: null });
    expect(await failures('unknown_login')).toBe(unknownBefore + 1);
  });
});

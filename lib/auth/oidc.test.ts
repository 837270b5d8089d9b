import { describe, expect, it } from 'vitest';
import { claimedLogin, identityOf, oidcSettings, passwordLoginEnabled, providerAssertsMfa } from './oidc';

const configured = {
  OIDC_ISSUER: 'https://id.example.gov.vn/realms/tinh',
  OIDC_CLIENT_ID: 'tracker',
  OIDC_CLIENT_SECRET: 's3cret',
};

describe('oidcSettings', () => {
  it('is off unless issuer, client id and secret are all set', () => {
    expect(oidcSettings({})).toBeNull();
    expect(oidcSettings({ ...configured, OIDC_CLIENT_SECRET: ' ' })).toBeNull();
    expect(oidcSettings({ ...configured, OIDC_ISSUER: undefined })).toBeNull();
  });

  it('reads the defaults: mfa,otp,hwk, no acr, no matching claim', () => {
    expect(oidcSettings(configured)).toEqual({
      ...{ issuer: configured.OIDC_ISSUER, clientId: 'tracker', clientSecret: 's3cret' },
      name: null,
      matchClaim: null,
      mfaAmr: ['mfa', 'otp', 'hwk'],
      mfaAcr: [],
    });
  });

  it("keeps the issuer without a trailing slash, as identityOf does with the token's iss", () => {
    expect(oidcSettings({ ...configured, OIDC_ISSUER: 'http://127.0.0.1:3105/' })?.issuer).toBe(
      'http://127.0.0.1:3105',
    );
    expect(identityOf({ iss: 'http://127.0.0.1:3105/', sub: 'a' })?.issuer).toBe('http://127.0.0.1:3105');
  });

  it('reads lists with spaces and empty items', () => {
    const settings = oidcSettings({
      ...configured,
      OIDC_MFA_AMR: ' hwk , ,swk',
      OIDC_MFA_ACR: 'urn:gov:loa:high',
      OIDC_MATCH_CLAIM: 'preferred_username',
      OIDC_NAME: 'VNeID',
    });
    expect(settings?.mfaAmr).toEqual(['hwk', 'swk']);
    expect(settings?.mfaAcr).toEqual(['urn:gov:loa:high']);
    expect(settings?.matchClaim).toBe('preferred_username');
    expect(settings?.name).toBe('VNeID');
  });
});

describe('passwordLoginEnabled', () => {
  it('is on by default and off with PASSWORD_LOGIN=0 when a provider is configured', () => {
    expect(passwordLoginEnabled({ ...configured })).toBe(true);
    expect(passwordLoginEnabled({ ...configured, PASSWORD_LOGIN: '1' })).toBe(true);
    expect(passwordLoginEnabled({ ...configured, PASSWORD_LOGIN: '0' })).toBe(false);
    expect(passwordLoginEnabled({ ...configured, PASSWORD_LOGIN: 'false' })).toBe(false);
  });

  it('stays on without a provider, whatever PASSWORD_LOGIN says (nobody could sign in)', () => {
    expect(passwordLoginEnabled({ PASSWORD_LOGIN: '0' })).toBe(true);
  });
});

describe('providerAssertsMfa', () => {
  const settings = { mfaAmr: ['mfa', 'otp', 'hwk'], mfaAcr: ['urn:gov:loa:high'] };

  it('is satisfied by one listed amr value among others', () => {
    expect(providerAssertsMfa({ amr: ['pwd', 'otp'] }, settings)).toBe(true);
    expect(providerAssertsMfa({ amr: ['hwk'] }, settings)).toBe(true);
  });

  it('is not satisfied by a password alone, a missing or malformed amr', () => {
    expect(providerAssertsMfa({ amr: ['pwd'] }, settings)).toBe(false);
    expect(providerAssertsMfa({}, settings)).toBe(false);
    expect(providerAssertsMfa({ amr: 'mfa' }, settings)).toBe(false);
    expect(providerAssertsMfa({ amr: [{ mfa: true }, 1] }, settings)).toBe(false);
    expect(providerAssertsMfa({ amr: ['MFA'] }, settings)).toBe(false);
  });

  it('is satisfied by a listed acr, and by no acr when none is listed', () => {
    expect(providerAssertsMfa({ acr: 'urn:gov:loa:high' }, settings)).toBe(true);
    expect(providerAssertsMfa({ acr: 'urn:gov:loa:low' }, settings)).toBe(false);
    expect(providerAssertsMfa({ acr: 'urn:gov:loa:high' }, { ...settings, mfaAcr: [] })).toBe(false);
  });
});

describe('identityOf and claimedLogin', () => {
  it('needs both iss and sub as non-empty strings', () => {
    expect(identityOf({ iss: 'https://id', sub: 'abc' })).toEqual({ issuer: 'https://id', subject: 'abc' });
    expect(identityOf({ iss: 'https://id' })).toBeNull();
    expect(identityOf({ iss: 'https://id', sub: 42 })).toBeNull();
    expect(identityOf({ iss: 'https://id', sub: 'x'.repeat(256) })).toBeNull();
  });

  it('takes the matching claim only when configured and shaped like a login', () => {
    expect(claimedLogin({ preferred_username: 'canbo.hp' }, 'preferred_username')).toBe('canbo.hp');
    expect(claimedLogin({ preferred_username: 'canbo.hp' }, null)).toBeNull();
    expect(claimedLogin({ preferred_username: ['canbo.hp'] }, 'preferred_username')).toBeNull();
    expect(claimedLogin({ preferred_username: "x' OR 1=1" }, 'preferred_username')).toBeNull();
    expect(claimedLogin({ email: 'a@b.vn' }, 'preferred_username')).toBeNull();
  });
});

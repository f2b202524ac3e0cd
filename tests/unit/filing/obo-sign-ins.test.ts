import { oboSignIns } from '../../../server/filing/obo-sign-ins';

const jwt = (payload: object) => ['e30', Buffer.from(JSON.stringify(payload)).toString('base64url'), 'sig'].join('.');

describe('sign-ins for delegated filing', () => {
  const now = Date.parse('2026-11-22T15:00:00Z');
  const signIns = oboSignIns({ tenantId: 'tenant-1', clientId: 'tab-app', clientSecret: 'not-used-here' }, () => now);

  it('has a credential for a facilitator whose SSO token is still valid, and none for anyone else', () => {
    signIns.remember('aad-griet', jwt({ exp: now / 1000 + 3600 }));
    expect(signIns.credentialFor({ userId: '29:griet', aadObjectId: 'aad-griet' })).toBeDefined();
    expect(signIns.credentialFor({ userId: '29:lotte', aadObjectId: 'aad-lotte' })).toBeUndefined();
    expect(signIns.credentialFor({ userId: '29:griet' })).toBeUndefined();
  });

  it('says when a sign-in is new: the first of a user, or one after their last ran out', () => {
    expect(signIns.remember('aad-an', jwt({ exp: now / 1000 + 3600 }))).toBe(true);
    expect(signIns.remember('aad-an', jwt({ exp: now / 1000 + 3700 }))).toBe(false);
    expect(signIns.remember('aad-bo', jwt({ exp: now / 1000 + 30 }))).toBe(true);
    expect(signIns.remember('aad-bo', jwt({ exp: now / 1000 + 3600 }))).toBe(true);
    expect(signIns.remember('aad-cy', 'not-a-jwt')).toBe(false);
  });

  it('forgets a token that runs out within the minute', () => {
    signIns.remember('aad-pieter', jwt({ exp: now / 1000 + 30 }));
    signIns.remember('aad-ellen', 'not-a-jwt');
    expect(signIns.credentialFor({ userId: '29:pieter', aadObjectId: 'aad-pieter' })).toBeUndefined();
    expect(signIns.credentialFor({ userId: '29:ellen', aadObjectId: 'aad-ellen' })).toBeUndefined();
  });
});

import { USER_COMMUNITIES_COLLECTION } from '../../../domain/data/forget-member';
import { mentions, pseudonymise, type Forgotten } from '../../../domain/data/pseudonymise';
import { USER_COMMUNITIES } from '../../../server/tab-api/access';

const who: Forgotten = {
  ids: ['29:u1', 'aad-1'],
  names: ['Pieter Claes'],
  pseudonym: 'former-member-x',
  label: 'Oud-lid',
};

describe('pseudonymise', () => {
  it('replaces the ids in values and keys, also inside composite keys, and the name where it is a whole value', () => {
    const record = {
      owner: { id: '29:u1', name: 'Pieter Claes', aad: 'aad-1' },
      id: '3:29:u1',
      votes: { '29:u1': 2 },
      text: 'Pieter Claes zei iets',
    };
    expect(pseudonymise(record, who)).toEqual({
      owner: { id: 'former-member-x', name: 'Oud-lid', aad: 'former-member-x' },
      id: '3:former-member-x',
      votes: { 'former-member-x': 2 },
      text: 'Pieter Claes zei iets',
    });
  });

  it('leaves ids that only start or end like theirs alone', () => {
    const other = { a: '29:u10', b: 'x29:u1', c: 'aad-12', n: 3, t: true, z: null };
    expect(pseudonymise(other, who)).toEqual(other);
    expect(mentions(other, who)).toBe(false);
    expect(mentions({ a: ['29:u1'] }, who)).toBe(true);
  });

  it('knows the collection the tab caches communities in', () => {
    expect(USER_COMMUNITIES_COLLECTION).toBe(USER_COMMUNITIES);
  });
});

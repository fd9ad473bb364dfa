import { BadUserInputError } from '../errors';
import { decodeGlobalId, decodeTypedId, looksLikeGlobalId, registerIdTypes, toGlobalId } from './global-id';

describe('global IDs', () => {
  beforeAll(() => registerIdTypes(['Event', 'Region', 'PilotRegion']));

  it('round-trip a type and a database id', () => {
    const id = toGlobalId('PilotRegion', '42');
    expect(id).not.toContain('42');
    expect(decodeGlobalId(id, 'id')).toEqual({ type: 'PilotRegion', id: '42' });
  });

  it.each([
    '',
    'not base64!',
    Buffer.from('Event:abc').toString('base64url'),
    Buffer.from('Unknown:1').toString('base64url'),
    Buffer.from('Event:0').toString('base64url'),
  ])('reject %p as bad input naming the argument', (value) => {
    expect(() => decodeGlobalId(value, 'filter.region')).toThrow(BadUserInputError);
    try {
      decodeGlobalId(value, 'filter.region');
    } catch (error) {
      expect((error as BadUserInputError).extensions).toEqual({ argument: 'filter.region' });
    }
  });

  it('refuses an ID of another type where one type is expected', () => {
    expect(() => decodeTypedId(toGlobalId('Event', '1'), 'Region', 'filter.region')).toThrow(/is the ID of a Event, not of a Region/);
  });

  it('are told apart from slugs by their first letter', () => {
    expect(looksLikeGlobalId(toGlobalId('Region', '7'))).toBe(true);
    expect(looksLikeGlobalId(toGlobalId('Event', '123456789012'))).toBe(true);
    expect(looksLikeGlobalId('south-kazakhstan-region')).toBe(false);
    expect(looksLikeGlobalId('unfpa')).toBe(false);
  });
});

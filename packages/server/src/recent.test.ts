import { RecentMap } from './recent';

describe('RecentMap', () => {
  it('computes a value once, and forgets every entry once it is full', () => {
    const recent = new RecentMap<string, number>(2);
    let computed = 0;
    const length = (key: string) => {
      computed += 1;
      return key.length;
    };
    expect(recent.of('a', length)).toBe(1);
    expect(recent.of('a', length)).toBe(1);
    expect(recent.of('bb', length)).toBe(2);
    expect(computed).toBe(2);
    recent.set('bb', 5);
    expect(recent.get('bb')).toBe(5);
    expect(recent.of('ccc', length)).toBe(3);
    expect(recent.has('a')).toBe(false);
    expect(recent.has('ccc')).toBe(true);
  });

  it('remembers a value that is false or null, without computing it again', () => {
    const recent = new RecentMap<string, boolean | null>(10);
    let computed = 0;
    const answer = (key: string) => {
      computed += 1;
      return key === 'no' ? false : null;
    };
    expect([recent.of('no', answer), recent.of('no', answer), recent.of('none', answer), recent.of('none', answer)]).toEqual([
      false,
      false,
      null,
      null,
    ]);
    expect(computed).toBe(2);
  });
});

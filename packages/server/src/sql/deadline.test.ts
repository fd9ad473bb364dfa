import { Deadline } from './deadline';

describe('Deadline', () => {
  it('runs each listener once when it passes, keeps the first reason, and forgets removed listeners', () => {
    const deadline = new Deadline();
    const calls: string[] = [];
    deadline.onPass(() => calls.push('first'));
    const remove = deadline.onPass(() => calls.push('removed'));
    remove();
    expect(deadline.passed).toBe(false);
    deadline.pass('too late');
    deadline.pass('later still');
    expect(calls).toEqual(['first']);
    expect(deadline.passed).toBe(true);
    expect(deadline.reason).toBe('too late');
    deadline.onPass(() => calls.push('after'));
    expect(calls).toEqual(['first']);
  });
});

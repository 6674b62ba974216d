import { answerChanges, mergeAnswers } from './answer-changes';

describe('mergeAnswers', () => {
  it('replaces the answers given and keeps the others', () => {
    expect(mergeAnswers({ a: 'x', b: 2 }, { b: 3, c: true })).toEqual({ a: 'x', b: 3, c: true });
  });

  it('clears an answer given as null, empty text or no option', () => {
    expect(mergeAnswers({ a: 'x', b: ['ONE'], c: 'y', d: false }, { a: null, b: [], c: '  ' })).toEqual({ d: false });
  });
});

describe('answerChanges', () => {
  it('is empty when nothing changed, however blanks are written', () => {
    expect(answerChanges({ a: 'x', b: null }, { a: 'x', c: '' })).toEqual({});
  });

  it('names each changed answer with its new value and each cleared one with null', () => {
    expect(answerChanges({ a: 'x', b: 1, c: ['ONE'] }, { a: 'y', c: [], d: false })).toEqual({ a: 'y', b: null, c: null, d: false });
  });

  it('merged into what was saved, gives back what is current', () => {
    const saved = { a: 'x', b: 1, c: ['ONE'] };
    const current = { a: 'y', c: ['ONE', 'TWO'], d: 0 };
    expect(mergeAnswers(saved, answerChanges(saved, current))).toEqual(current);
  });
});

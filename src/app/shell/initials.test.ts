import { describe, expect, it } from 'vitest';
import { initialsOf } from './initials.ts';

describe('initialsOf', () => {
  it('takes the first and the last of two or three words', () => {
    expect(initialsOf('Adele Vance')).toBe('AV');
    expect(initialsOf('megan b bowen')).toBe('MB');
    expect(initialsOf('Cher')).toBe('C');
    expect(initialsOf('Ana Maria de la Cruz')).toBe('A');
  });

  it('leaves out what is in brackets and punctuation', () => {
    expect(initialsOf('Adele Vance (Contractor)')).toBe('AV');
    expect(initialsOf('Lee, Grady [Admin]')).toBe('LG');
  });

  it('has none for a phone number, a script without initials or nothing at all', () => {
    expect(initialsOf('+1 425 555 0100')).toBe('');
    expect(initialsOf('山田 太郎')).toBe('');
    expect(initialsOf('  ')).toBe('');
  });
});

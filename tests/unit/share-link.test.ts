/** Reading a share link's code from the page address's fragment. */
import { describe, expect, it } from 'vitest';
import { shareCodeFromHash } from '../../machines/share-link';

describe('shareCodeFromHash', () => {
  it('finds the code alone or among other parts of the fragment', () => {
    expect(shareCodeFromHash('#pyp=1.AbC-_')).toBe('1.AbC-_');
    expect(shareCodeFromHash('#section-2&pyp=1.xyz&utm=a')).toBe('1.xyz');
    expect(shareCodeFromHash('pyp=1.q')).toBe('1.q');
  });

  it('finds nothing without a pyp= part, including in a team link or a look-alike', () => {
    for (const hash of ['', '#', '#top', '#pyp-team=Police~1.a,EMS~1.b', '#xpyp=1.a'])
      expect(shareCodeFromHash(hash), hash).toBeNull();
  });

  it('decodes percent-escapes, and keeps a stray % as it is', () => {
    expect(shareCodeFromHash('#pyp=1.a%2Db')).toBe('1.a-b');
    expect(shareCodeFromHash('#pyp=1.%E0%A4')).toBe('1.%E0%A4');
  });
});

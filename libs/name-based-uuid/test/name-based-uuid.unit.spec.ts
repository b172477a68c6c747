import { isNameBasedUuid, nameBasedUuid } from '@hyeopchi/name-based-uuid';
import { randomUUID } from 'node:crypto';

describe('nameBasedUuid', () => {
  it('gives the RFC 9562 version 5 UUID of a name in the URL namespace', () => {
    // the value Python's uuid.uuid5(uuid.NAMESPACE_URL, 'https://www.python.org') gives
    expect(nameBasedUuid('https://www.python.org')).toBe('30709ed8-a35e-547c-8ef0-c6bf5e229681');
  });

  it('gives different names different ids', () => {
    expect(nameBasedUuid('a')).not.toBe(nameBasedUuid('b'));
  });

  it('tells name-based ids (versions 3 and 5) from random ones', () => {
    expect(isNameBasedUuid(nameBasedUuid('department.escalate-overdue-reviews/r-1'))).toBe(true);
    expect(isNameBasedUuid(nameBasedUuid('a').toUpperCase())).toBe(true);
    // Python's uuid.uuid3(uuid.NAMESPACE_URL, 'https://www.python.org')
    expect(isNameBasedUuid('82ef195b-90b2-3c60-bf93-cd8826147ca1')).toBe(true);
    expect(isNameBasedUuid(randomUUID())).toBe(false);
    expect(isNameBasedUuid('0190b6e2-7c4f-7a3b-9c1d-2e3f4a5b6c7d')).toBe(false); // version 7
    expect(isNameBasedUuid('not-a-uuid')).toBe(false);
  });
});

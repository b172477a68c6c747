import { nameBasedUuid } from '@hyeopchi/common';

describe('nameBasedUuid', () => {
  it('gives the RFC 9562 version 5 UUID of a name in the URL namespace', () => {
    // the value Python's uuid.uuid5(uuid.NAMESPACE_URL, 'https://www.python.org') gives
    expect(nameBasedUuid('https://www.python.org')).toBe('30709ed8-a35e-547c-8ef0-c6bf5e229681');
  });

  it('gives different names different ids', () => {
    expect(nameBasedUuid('a')).not.toBe(nameBasedUuid('b'));
  });
});

import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { publicName } from './public-name';

const t = ((key: string) => `<${key}>`) as unknown as TFunction;

describe("a person's public name", () => {
  it('is the name they chose', () => {
    expect(publicName(t, { displayName: '김지영', role: 'citizen' })).toBe('김지영');
  });

  it('is their role when they chose none, never their account id', () => {
    expect(publicName(t, { displayName: null, role: 'citizen' })).toBe('<people.nameless.citizen>');
    expect(publicName(t, { displayName: null, role: 'official' })).toBe('<people.nameless.official>');
    expect(publicName(t, null)).toBe('<people.nameless.citizen>');
  });
});

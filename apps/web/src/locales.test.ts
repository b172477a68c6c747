import { describe, expect, it } from 'vitest';

const FILES = import.meta.glob<Record<string, unknown>>(['./locales/*.json', './*/locales/*.json'], {
  eager: true,
  import: 'default',
});

function keysOf(strings: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(strings).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keysOf(value as Record<string, unknown>, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

const byScreen = Object.entries(FILES).map(([file, strings]) => ({
  screen: file.replace(/\/\w+\.json$/, ''),
  language: /(\w+)\.json$/.exec(file)![1],
  strings,
}));

describe('the translations', () => {
  it('say every string in Korean and in English, screen by screen', () => {
    const screens = [...new Set(byScreen.map(({ screen }) => screen))];
    expect(screens.length).toBeGreaterThan(1);
    for (const screen of screens) {
      const [ko, en] = ['ko', 'en'].map((language) => {
        const file = byScreen.find((entry) => entry.screen === screen && entry.language === language);
        return keysOf(file?.strings ?? {}).sort();
      });
      expect({ screen, keys: en }).toEqual({ screen, keys: ko });
    }
  });

  it('give each screen its own top-level keys, so merging them loses none', () => {
    for (const language of ['ko', 'en']) {
      const tops = byScreen
        .filter((entry) => entry.language === language)
        .flatMap(({ strings }) => Object.keys(strings));
      expect(tops.length).toBe(new Set(tops).size);
    }
  });

  it('leave no string empty', () => {
    for (const { screen, strings } of byScreen) {
      const empty = keysOf(strings).filter((key) => {
        const value = key
          .split('.')
          .reduce<unknown>((at, part) => (at as Record<string, unknown>)[part], strings);
        return typeof value !== 'string' || value.trim() === '';
      });
      expect({ screen, empty }).toEqual({ screen, empty: [] });
    }
  });
});

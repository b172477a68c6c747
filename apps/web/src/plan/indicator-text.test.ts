import { describe, expect, it } from 'vitest';
import { amountText, indicatorName, sharePercent } from './indicator-text';

describe("an indicator's text", () => {
  const names = { nameKo: '시민 제안 채택률', nameEn: 'Citizen proposal adoption rate' };

  it('names it in the reader’s language, Korean unless English was picked', () => {
    expect(indicatorName(names, 'ko')).toBe('시민 제안 채택률');
    expect(indicatorName(names, 'en')).toBe('Citizen proposal adoption rate');
  });

  it('writes a value with its unit and at most two decimals', () => {
    expect(amountText(1234.5678, '명', 'ko')).toBe('1,234.57 명');
    expect(amountText(18, '%', 'en')).toBe('18 %');
  });

  it('keeps the bar within empty and full, the percentage as it is', () => {
    expect(sharePercent(0.294)).toEqual({ percent: 29, bar: 29 });
    expect(sharePercent(-0.25)).toEqual({ percent: -25, bar: 0 });
    expect(sharePercent(1.5)).toEqual({ percent: 150, bar: 100 });
  });
});

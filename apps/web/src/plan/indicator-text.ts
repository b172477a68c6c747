/** What an indicator is called, as the API gives it (`PlanIndicator`). */
export interface IndicatorNames {
  nameKo: string;
  nameEn: string;
}

/** An indicator's name in the reader's language: Korean unless English was picked. */
export function indicatorName(indicator: IndicatorNames, language: string): string {
  return language === 'en' ? indicator.nameEn : indicator.nameKo;
}

/** A value with its unit, in the reader's language's digits and separators. */
export function amountText(value: number, unit: string, language: string): string {
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value)} ${unit}`;
}

/** The share of the way from baseline to target as a whole percentage, and as far as a bar can show it. */
export function sharePercent(share: number): { percent: number; bar: number } {
  const percent = Math.round(share * 100);
  return { percent, bar: Math.min(100, Math.max(0, percent)) };
}

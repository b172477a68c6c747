/** A date as the reader's language writes it; with the time of day for steps that happen within a day. */
export function dateText(language: string, iso: string, withTime = false): string {
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short' } : {}),
    timeZone: 'Asia/Seoul',
  }).format(new Date(iso));
}

/** An amount in won, as the reader's language writes it. */
export function wonText(language: string, amount: number): string {
  return new Intl.NumberFormat(language, { style: 'currency', currency: 'KRW' }).format(amount);
}

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

/** The day it is in Seoul at `moment`, as YYYY-MM-DD: the city's day, whatever the reader's time zone. */
export function seoulDayOf(moment: Date): string {
  // Seoul keeps no daylight saving time: its day is UTC's, nine hours on
  return new Date(moment.getTime() + 9 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

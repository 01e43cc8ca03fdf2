import { msg, str } from '../localization/msg.js';
import type { RetryAfter } from '../core/index.js';

type Unit = 'minute' | 'hour' | 'day' | 'week';

const SECONDS: Readonly<Record<Unit, number>> = {
  minute: 60,
  hour: 3_600,
  day: 86_400,
  week: 604_800,
};

/** The largest unit that expresses the wait in whole numbers (3 to 5 days, not 72 to 120 hours). */
function unitFor(seconds: number): Unit {
  const units: Unit[] = ['week', 'day', 'hour'];
  return (
    units.find((unit) => seconds >= SECONDS[unit] && seconds % SECONDS[unit] === 0) ?? 'minute'
  );
}

/** "Try again in about a week" where the wait is exactly one unit: no numeral reads kinder. */
function aboutOne(unit: Exclude<Unit, 'minute'>): string {
  switch (unit) {
    case 'week':
      return msg('Try again in about a week', { id: 'retry.about_a_week', desc: 'Waiting time.' });
    case 'day':
      return msg('Try again in about a day', { id: 'retry.about_a_day', desc: 'Waiting time.' });
    case 'hour':
      return msg('Try again in about an hour', {
        id: 'retry.about_an_hour',
        desc: 'Waiting time.',
      });
  }
}

interface DurationFormat {
  format(value: number): string;
  formatRange(start: number, end: number): string;
}

/**
 * Unit names for a locale whose unit data CLDR lacks (it has none for Haitian Creole, so `Intl`
 * would write English "days"). Kreyòl nouns take no plural: "3 a 5 jou", "2 semèn".
 */
const UNIT_NAMES: Readonly<Record<string, Readonly<Record<Unit, string>> & { to: string }>> = {
  ht: { minute: 'minit', hour: 'èdtan', day: 'jou', week: 'semèn', to: ' a ' },
};

function durationFormat(locale: string, unit: Unit): DurationFormat {
  const names = Object.hasOwn(UNIT_NAMES, locale) ? UNIT_NAMES[locale] : undefined;
  if (!names) return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' });
  return {
    format: (value) => `${value} ${names[unit]}`,
    formatRange: (start, end) => `${start}${names.to}${end} ${names[unit]}`,
  };
}

/** The words for a wait, in the active locale. */
function words({ min, max }: RetryAfter, locale: string): string {
  if ((max ?? min) <= 10 * SECONDS.minute) {
    return msg('Try again in a few minutes', {
      id: 'retry.few_minutes',
      desc: 'Waiting time of a few minutes.',
    });
  }
  const unit = unitFor(max ?? min);
  const format = durationFormat(locale, unit);
  const inUnits = (seconds: number) => Math.round(seconds / SECONDS[unit]);
  if (max !== undefined && inUnits(max) > inUnits(min)) {
    const duration = format.formatRange(inUnits(min), inUnits(max));
    return msg(str`Try again in ${duration}`, {
      id: 'retry.range',
      desc: 'Waiting time as a range with its unit, formatted for the language, e.g. "3–5 days".',
    });
  }
  if (inUnits(min) === 1 && unit !== 'minute') return aboutOne(unit);
  const duration = format.format(inUnits(min));
  return msg(str`Try again in about ${duration}`, {
    id: 'retry.about',
    desc: 'Approximate waiting time with its unit, formatted for the language, e.g. "2 weeks".',
  });
}

const said = new Map<string, string>();

/**
 * How long to wait, in words of the given locale: "Try again in a few minutes",
 * "Try again in 3–5 days", "Try again in about a week". Numbers and units come from `Intl`.
 * Remembered per locale and wait: building an Intl formatter costs more than rendering the rest.
 */
export function retryAfterText(wait: RetryAfter, locale: string): string {
  const key = `${locale} ${wait.min} ${wait.max ?? ''}`;
  let text = said.get(key);
  if (text === undefined) {
    text = words(wait, locale);
    said.set(key, text);
  }
  return text;
}

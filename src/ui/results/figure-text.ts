/**
 * A breakdown figure (count, money, percent, minutes, months, or nothing reported) as text.
 */
import type { Figure } from '../../model';
import { formatMinutes, formatMoney, formatMonths, formatNumber, formatPct } from '../format';

/** What a breakdown cell shows; `none` reads "not reported". */
export function figureText(f: Figure, currency: string, locale?: string): string {
  switch (f.kind) {
    case 'count':
      return formatNumber(f.value, f.value < 100 ? 1 : 0, locale);
    case 'money':
      return formatMoney(f.value, currency, { whole: true, locale });
    case 'pct':
      return formatPct(f.value, 1, locale);
    case 'minutes':
      return formatMinutes(f.value, 2, locale);
    case 'months':
      return formatMonths(f.value, locale);
    default:
      return 'not reported';
  }
}

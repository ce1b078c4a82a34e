/**
 * The conventions the summary figures rest on, stated where the figures are, each with the
 * section of docs/METHOD.md that gives it in full. Pure: scenario in, text out.
 */
import { minorUnitDigits, type Scenario } from '../../model';

/** Where the method document is served, beside the page. */
export const METHOD_DOC = 'docs/METHOD.md';

export interface Convention {
  /** What the convention is about, e.g. "NPV". */
  topic: string;
  text: string;
  /** The section of docs/METHOD.md, by its heading. */
  section: string;
}

/** The currency's minor unit in words: "0.01 USD", "1 JPY", "0.001 BHD". */
export function minorUnitText(currency: string): string {
  const digits = minorUnitDigits(currency);
  return `${digits === 0 ? '1' : `0.${'0'.repeat(digits - 1)}1`} ${currency}`;
}

/** The address of a section of docs/METHOD.md: its heading as a Markdown anchor. */
export function methodHref(section: string): string {
  const anchor = section
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-');
  return `${METHOD_DOC}#${anchor}`;
}

/** The conventions behind the scenario's summary figures, in the order a reader meets the figures. */
export function conventions(s: Pick<Scenario, 'finance'>): Convention[] {
  const unit = minorUnitText(s.finance.currency);
  return [
    {
      topic: 'Steady state and year 1',
      text: 'monthly figures are those of the first month at full ramp; annual savings are that month × 12; year-1 savings add months 1-12 as projected, ramp included, before the one-time cost.',
      section: 'Savings, payback, ROI and NPV',
    },
    {
      topic: 'NPV',
      text: "each month's savings at the month's end, discounted at the effective annual rate, (1 + r)^(−month ÷ 12); the one-time cost at month 0, undiscounted.",
      section: 'Savings, payback, ROI and NPV',
    },
    {
      topic: 'ROI',
      text: 'net savings over the horizon (savings − one-time cost) ÷ what the AI costs over it: usage fees, platform, upkeep and the one-time cost.',
      section: 'Savings, payback, ROI and NPV',
    },
    {
      topic: 'Rounding',
      text: `each cost of a month (baseline, human, AI, quality, fixed) is rounded to the currency's minor unit (${unit}) before it is summed; totals and savings are exact sums of the rounded parts.`,
      section: 'Money and rounding',
    },
    {
      topic: 'Speed of answer under Erlang A',
      text: 'the mean wait of the contacts that are answered; customers who abandon are not in it.',
      section: 'Erlang A',
    },
    {
      topic: 'Full model above the headline',
      text: 'the full model prices the paid hours of staffed FTE, shrinkage and the occupancy cap included, where the headline prices handling hours: each handling hour the AI takes releases more than one paid hour, so its savings can exceed the headline.',
      section: 'Headline and full methods',
    },
    {
      topic: 'P10, P50, P90',
      text: 'from a seeded Monte Carlo of the full model. The pessimistic end is P10 for savings, and P90 for payback and staffed FTE (a longer payback, fewer FTE released).',
      section: 'Uncertainty',
    },
  ];
}

/**
 * The series colours of every chart, and of the theme that draws them: in a module of their
 * own so that the first screen (the theme switch) does not load the chart code.
 */
export const COLORS = {
  human: '#3b6fb6',
  ai: '#2a9d8f',
  quality: '#d1495b',
  fixed: '#edae49',
  baseline: '#7d7d7d',
  cumulative: '#6a4c93',
  payback: '#d1495b',
  before: '#9aa5b1',
  after: '#2a9d8f',
  escalated: '#edae49',
  policy: '#3b6fb6',
} as const;

/**
 * The page's views and their addresses (README, "Views and addresses"). Each view has its
 * own fragment (`#staffing`); a share link (`#s=1....`) may name the view it was shared
 * from as a further part, `#s=1....&v=staffing`. Links written before views existed, and
 * any fragment that names no view, open on the plan. Pure: strings in, strings out.
 */

export const VIEW_IDS = ['plan', 'figures', 'inputs', 'data', 'staffing', 'charts', 'ranges', 'quality', 'klarna', 'compare'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export interface ViewInfo {
  id: ViewId;
  /** The name in the navigation. */
  label: string;
  /** The view's heading. */
  title: string;
}

export const VIEWS: readonly ViewInfo[] = [
  { id: 'plan', label: 'Plan', title: 'Plan: the answer and the inputs that move it' },
  { id: 'figures', label: 'Figures', title: 'All figures' },
  { id: 'inputs', label: 'Inputs', title: 'All inputs' },
  { id: 'data', label: 'Data', title: 'Import your data' },
  { id: 'staffing', label: 'Staffing', title: 'Staffing' },
  { id: 'charts', label: 'Charts', title: 'Charts' },
  { id: 'ranges', label: 'Ranges', title: 'Ranges' },
  { id: 'quality', label: 'Quality', title: 'Quality' },
  { id: 'klarna', label: 'Klarna', title: 'Klarna' },
  { id: 'compare', label: 'Compare', title: 'Compare' },
];

/** The view that opens when the address names none. */
export const DEFAULT_VIEW: ViewId = 'plan';

/** The fragment part of a share link that names its view: `v=staffing`. */
export const VIEW_KEY = 'v';

/** Section anchors of the single-page layout, kept so that their old links still open what they showed. */
const ALIASES: Readonly<Record<string, ViewId>> = {
  results: 'figures',
  import: 'data',
  uncertainty: 'ranges',
  announcement: 'quality',
};

export function isViewId(x: string): x is ViewId {
  return (VIEW_IDS as readonly string[]).includes(x);
}

function viewOfName(name: string): ViewId | null {
  const key = name.toLowerCase();
  if (isViewId(key)) return key;
  return Object.hasOwn(ALIASES, key) ? ALIASES[key]! : null;
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The view a location hash names: `#staffing`, `#s=...&v=staffing`, an old section anchor
 * (`#import`). Anything else, including an empty hash or a damaged one, is the plan.
 */
export function parseViewHash(hash: string): ViewId {
  const body = decoded(hash.startsWith('#') ? hash.slice(1) : hash);
  for (const part of body.split('&')) {
    const named = part.startsWith(`${VIEW_KEY}=`) ? part.slice(VIEW_KEY.length + 1) : part.includes('=') ? null : part;
    const view = named === null ? null : viewOfName(named.trim());
    if (view) return view;
  }
  return DEFAULT_VIEW;
}

/** The address fragment of a view, with its `#`. */
export function formatViewHash(view: ViewId): string {
  return `#${view}`;
}

/**
 * A share fragment (`#s=1....`) that also names the view. The plan is not written, so a
 * link shared from it is exactly the link of before; older versions of the app read the
 * scenario part and ignore the view part.
 */
export function withView(shareFragment: string, view: ViewId): string {
  return view === DEFAULT_VIEW ? shareFragment : `${shareFragment}&${VIEW_KEY}=${view}`;
}

/** The address to keep once a link has been read into the session: the page, on the view it opened. */
export function tidiedAddress(pathname: string, view: ViewId): string {
  return view === DEFAULT_VIEW ? pathname : `${pathname}${formatViewHash(view)}`;
}

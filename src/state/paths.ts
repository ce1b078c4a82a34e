/**
 * Reading and writing one field of a scenario by its dotted path (`human.costPerHour`,
 * `categories.2.handleMinutes`), the same paths the model's field issues use. Writes are
 * immutable: the objects on the path are copied, the rest is shared.
 */

/** The value at a dotted path, or undefined when the path does not exist. */
export function getAt(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A copy of `root` with `value` at the dotted path; missing objects on the way are created. */
export function setAt<T>(root: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  if (head === undefined || head === '') return value as T;
  const node = (root ?? {}) as Record<string, unknown> | unknown[];
  const child = rest.length === 0 ? value : setAt((node as Record<string, unknown>)[head], rest.join('.'), value);
  if (Array.isArray(node)) {
    const copy = node.slice();
    copy[Number(head)] = child;
    return copy as T;
  }
  return { ...node, [head]: child } as T;
}

/** Parses a number the way a person types it: spaces and a decimal comma allowed; null if it is not one. */
export function parseTypedNumber(raw: string): number | null {
  const trimmed = raw.trim().replace(/\s/g, '');
  if (trimmed === '') return null;
  // 12,500 and 1,250,000.5 group thousands; any other single comma is a decimal comma (12,5).
  const grouped = /^[-+]?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/.test(trimmed);
  const normal = grouped ? trimmed.replace(/,/g, '') : /^[-+]?\d*,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normal)) return null;
  const x = Number(normal);
  return Number.isFinite(x) ? x : null;
}

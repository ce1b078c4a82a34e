/**
 * Reading and writing one field of a scenario by its dotted path (`human.costPerHour`,
 * `categories.2.handleMinutes`), the same paths the model's field issues use. Writes are
 * immutable: the objects on the path are copied, the rest is shared.
 */
import { readTypedNumber, userLocale } from '../io/locale-number';

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

/**
 * Parses a number the way a person types it in `locale` (io/locale-number.ts); null if it
 * is not one, or when it reads two ways there (the caller then asks, never guesses).
 */
export function parseTypedNumber(raw: string, locale: string = userLocale()): number | null {
  const r = readTypedNumber(raw, locale);
  return r.ok ? r.value : null;
}

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { previewText, type Preview } from '../../../../src/io/csv-import/preview';
import { scanText } from '../../../../src/io/csv-import/stream';
import type { DateOrderChoice, ImportOptions, ScanResult } from '../../../../src/io/csv-import/types';

export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../../fixtures/import/${name}`, import.meta.url)), 'utf8');
}

export function preview(text: string): Preview {
  const p = previewText(text, true);
  if (!p.ok) throw new Error(p.issues.map((i) => i.message).join('; '));
  return p.value;
}

/** Options as the panel builds them from the preview's suggestions. */
export function ticketOptions(p: Preview, dateOrder: DateOrderChoice = 'auto'): Extract<ImportOptions, { kind: 'tickets' }> {
  return { kind: 'tickets', dialect: p.dialect, mapping: p.tickets, handleUnit: p.handleUnit, resolutionUnit: p.resolutionUnit, dateOrder };
}

/** Imports a ticket export with the suggested mapping; fails the test on a failed scan. */
export function importTickets(text: string, dateOrder: DateOrderChoice = 'auto', chunkChars?: number): ScanResult {
  const out = scanText(text, ticketOptions(preview(text), dateOrder), chunkChars);
  if (!out.ok) throw new Error(out.issues.map((i) => i.message).join('; '));
  return out.value;
}

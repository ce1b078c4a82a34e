/** The rejection list of an import: bounded in memory, downloadable as CSV. */
import { MAX_LISTED_REJECTIONS, type Rejection } from './types';

export class RejectionLog {
  readonly listed: Rejection[] = [];
  notListed = 0;
  /** Distinct rows rejected (a row is rejected once, at its first fault). */
  count = 0;

  constructor(private readonly limit: number = MAX_LISTED_REJECTIONS) {}

  reject(row: number, column: string, reason: string): void {
    this.count++;
    if (this.listed.length < this.limit) this.listed.push({ row, column, reason });
    else this.notListed++;
  }
}

/** Quotes a cell for RFC 4180 and neutralises cells a spreadsheet would run as a formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The rejections as a CSV file (`row,column,reason`, CRLF line endings). */
export function rejectionsCsv(rejections: readonly Rejection[], notListed = 0): string {
  const lines = ['row,column,reason'];
  for (const r of rejections) lines.push(`${r.row},${csvCell(r.column)},${csvCell(r.reason)}`);
  if (notListed > 0) lines.push(`,,${csvCell(`${notListed} more rejected rows are not listed`)}`);
  return lines.join('\r\n') + '\r\n';
}

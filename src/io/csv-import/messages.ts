/**
 * Every message the importers write, in one place. Each says what was wrong and what
 * would be accepted (README, "CSV formats").
 */
import type { JsonShape } from './preview';

const quote = (value: string): string => {
  const t = value.length > 40 ? `${value.slice(0, 40)}...` : value;
  return `"${t}"`;
};

export const TIMESTAMP_FORMATS =
  'accepted: 2024-03-05 14:07, 05/03/2024 2:07 PM, 5 Mar 2024, Tue, 31 Oct 2017 22:10:47 GMT, 2024-W10-2, 20240305, Unix time in seconds or milliseconds, or a spreadsheet date number';
export const DURATION_FORMATS = (unit: string) => `accepted: a number of ${unit}, H:MM:SS such as 0:04:30, MM:SS such as 04:30, or 4m 30s`;

export const msg = {
  missingTimestamp: (value: string) =>
    value.trim() === '' ? `No created time (${TIMESTAMP_FORMATS})` : `No created time: ${quote(value)} is a placeholder (${TIMESTAMP_FORMATS})`,
  badTimestamp: (value: string) => `${quote(value)} is not a date and time (${TIMESTAMP_FORMATS})`,
  yearOutOfRange: (value: string, year: number) =>
    `${quote(value)} is in the year ${year}, outside the years read (accepted: dates from 1900 to 2199; a placeholder such as 0001-01-01 means the ticket has no created time)`,
  conflictingDate: (value: string, order: 'dmy' | 'mdy', evidence: { row: number; value: string } | null) =>
    `${quote(value)} is not a real date when read as ${order === 'dmy' ? 'day/month/year' : 'month/day/year'}` +
    (evidence ? `, the order that row ${evidence.row} (${quote(evidence.value)}) needs` : '') +
    `; re-import choosing ${order === 'dmy' ? 'month/day/year' : 'day/month/year'} if this row is right`,
  badTimeOfDay: (value: string) => `${quote(value)} is not a time of day (accepted: 14:07, 6:55:20, 2:07 PM, 1430 or 065520)`,
  missingTicketId: () => 'No ticket ID (accepted: the number or code that the rows of one ticket share)',
  tooManyTickets: (max: number) =>
    `More than ${max.toLocaleString('en-US')} distinct tickets in one event log (accepted: up to ${max.toLocaleString('en-US')}; split the file by month)`,
  badWait: (value: string, unit: string) => `Queue wait ${quote(value)} is not a duration (${DURATION_FORMATS(unit)})`,
  badDuration: (field: string, value: string, unit: string) => `${field} ${quote(value)} is not a duration (${DURATION_FORMATS(unit)})`,
  durationTooLong: (field: string, value: string) => `${field} ${quote(value)} is longer than a day (accepted: 0 to 24 hours)`,
  badCsat: (value: string) =>
    `CSAT ${quote(value)} is not a number (accepted: a score such as 4 on 1-5, 8 on 0-10, or 80 on 0-100; or satisfied / unsatisfied, good / bad)`,
  csatOutOfRange: (value: string) => `CSAT ${quote(value)} is outside 0 to 100 (accepted: a score on 1-5, 0-10 or 0-100)`,
  badCount: (value: string) => `Count ${quote(value)} is not a number of contacts (accepted: 0 or a positive whole number)`,
  countTooLarge: (value: string, max: number) =>
    `Count ${quote(value)} is more contacts than one interval can hold (accepted: 0 to ${max.toLocaleString('en-US')})`,
  contactsTooLarge: (value: string, max: number) =>
    `Contacts per month ${quote(value)} is more than the planner models (accepted: 0 to ${max.toLocaleString('en-US')})`,
  resolutionTooLong: (value: string, days: number) => `Resolution time ${quote(value)} is longer than ${days} days (accepted: 0 to ${days} days)`,
  badResolvedTime: (value: string) => `Resolved time ${quote(value)} is not a date and time (${TIMESTAMP_FORMATS})`,
  resolvedBeforeCreated: (value: string) => `Resolved time ${quote(value)} is before the ticket's created time (accepted: the created time or later)`,
  resolvedTooLate: (value: string, days: number) =>
    `Resolved time ${quote(value)} is more than ${days} days after the ticket's created time (accepted: a resolution time of 0 to ${days} days)`,
  missingCount: () => 'No count (accepted: 0 or a positive whole number of contacts)',
  missingCategory: () => 'No category name (accepted: any text, such as "Order status")',
  badContacts: (value: string) => `Contacts per month ${quote(value)} is not a number (accepted: 0 or more)`,
  badHandleMinutes: (value: string) => `Handle minutes ${quote(value)} is not a number of minutes (accepted: 0 to 600)`,
  badTier: (value: string) => `Tier ${quote(value)} is not a tier (accepted: 1, 2 or 3)`,
  unclosedQuote: () => 'A quoted cell is never closed: the rest of the file is read as one cell (accepted: every opening " has a closing ")',
  malformedQuote: (detail: string) => `Malformed quotes (${detail}); the row may be cut in the wrong place`,
  rowTooLong: (mb: number) =>
    `This row runs on for more than ${mb} MB, so a quote in it is probably never closed and the rest of the file reads as one cell (accepted: every opening " has a closing ")`,
  shortRows: (count: number, first: readonly number[]) =>
    `${count.toLocaleString('en-US')} ${count === 1 ? 'row ends' : 'rows end'} before a column the import reads (${count === 1 ? 'row' : 'rows'} ${first.map((r) => r.toLocaleString('en-US')).join(', ')}${count > first.length ? ', ...' : ''}): the cells ${count === 1 ? 'it lacks' : 'they lack'} were read as empty. Check that ${count === 1 ? 'it was' : 'they were'} not cut short or split across lines.`,
  emptyFile: () => 'The file is empty: there is no header row',
  noDataRows: () => 'The file has a header but no data rows',
  unmapped: (field: string) => `Choose the column that holds the ${field}`,
  columnOutOfRange: (field: string) => `The column chosen for the ${field} is not in the file`,
  notText: () =>
    'This is not a text file: it holds binary data such as an image or a program (accepted: a CSV or TSV export, cells separated by commas, semicolons, tabs or |)',
  json: (shape: JsonShape) =>
    `This is a JSON file (${shape === 'lines' ? 'one record per line' : shape === 'array' ? 'an array of records' : 'a JSON document'}), not a CSV file: export the tickets from your helpdesk as CSV, or convert the JSON to CSV, one column per field, and import that file (accepted: a CSV or TSV export with a header row of column names)`,
  workbook: () =>
    'This is a spreadsheet workbook (.xlsx or .ods), not a CSV file: save it from the spreadsheet as "CSV UTF-8" or "Text (tab-separated)" and import that file',
  tooManyColumns: (columns: number, atLeast: boolean, max: number) =>
    `The header row has ${atLeast ? 'at least ' : ''}${columns.toLocaleString('en-US')} columns${atLeast ? ' (it does not end within the first 256 KB)' : ''}; the importer reads files of up to ${max.toLocaleString('en-US')} columns (accepted: a ticket export, interval file or category table; export only the columns you need)`,
  headerTooLong: (kb: number) =>
    `The header row does not end within the first ${kb} KB of the file (accepted: a header row of column names, then one row per ticket or interval)`,
  readFailed: (detail: string) => `The file could not be read (${detail})`,
};

/** Messages between the import client (page) and the import worker. */
import type { ImportOptions, ScanOutcome } from './types';

export interface ScanRequest {
  type: 'scan';
  file: Blob;
  options: ImportOptions;
}

export interface ProgressMessage {
  type: 'progress';
  /** Bytes read so far and the file size. */
  done: number;
  total: number;
  /** Rows seen so far (header and blank lines included). */
  rows: number;
  /** JS heap in use in the worker, when the browser reports it (diagnostics). */
  heapBytes: number | null;
}

export interface DoneMessage {
  type: 'done';
  outcome: ScanOutcome;
}

export type WorkerMessage = ProgressMessage | DoneMessage;

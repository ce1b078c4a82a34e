/**
 * What a numeric input of the Inputs view shows and does, read from its one description in
 * the field table (model/field-table.ts): its label, whether it may be empty, whether it is
 * whole, its hint. The view passes only the path and the input's id. Labels name the
 * scenario's currency and AI pricing unit.
 */
import { inputLabel, numberField, type LabelWords } from '../../model';
import type { Draft, Planner } from '../../state/planner.svelte';

export interface TableFieldProps {
  label: string;
  value: number | null;
  draft: Draft | undefined;
  onInput: (raw: string) => void;
  hint: string;
  digits?: number;
}

/** The NumberField props of the scenario input at `path` (a list index written as a number: `categories.2.handleMinutes`). */
export function tableField(planner: Planner, path: string, words: LabelWords = {}): TableFieldProps {
  const f = numberField(path);
  return {
    label: inputLabel(path, { currency: planner.scenario.finance.currency, pricing: planner.scenario.ai.pricing, ...words }),
    value: planner.valueAt(path) as number | null,
    draft: planner.draftOf(path),
    onInput: (raw) => void (f.nullable ? planner.setOptionalNumber(path, raw) : planner.setNumber(path, raw)),
    hint: f.help ?? '',
    ...(f.integer ? { digits: 0 } : {}),
  };
}

/**
 * Input given to the page rendered at build time before the app took it over: values typed
 * or picked in its fields. Hydration resets each field to the app's state, so the values are
 * read just before and given back just after, as the events the app listens to.
 */
type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

interface Early {
  field: Field;
  value: string;
  checked: boolean;
}

/** The fields of `root` that no longer show what the built page put in them. */
export function readEarlyInput(root: ParentNode): Early[] {
  const out: Early[] = [];
  for (const field of root.querySelectorAll<Field>('input, select, textarea')) {
    if (field instanceof HTMLInputElement) {
      if (field.type === 'file') continue;
      // Of a radio group, the button picked stands for the group.
      const changed =
        field.type === 'radio'
          ? field.checked && !field.defaultChecked
          : field.type === 'checkbox'
            ? field.checked !== field.defaultChecked
            : field.value !== field.defaultValue;
      if (changed) out.push({ field, value: field.value, checked: field.checked });
    } else if (field instanceof HTMLSelectElement) {
      const picked = field.selectedOptions[0];
      if (picked && !picked.defaultSelected) out.push({ field, value: field.value, checked: false });
    } else if (field.value !== field.defaultValue) {
      out.push({ field, value: field.value, checked: false });
    }
  }
  return out;
}

/** Gives the values back to the (now hydrated) fields, as input and change events. */
export function replayEarlyInput(early: readonly Early[]): void {
  for (const { field, value, checked } of early) {
    if (!field.isConnected) continue;
    if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) {
      if (field.checked === checked) continue;
      field.checked = checked;
    } else {
      if (field.value === value) continue;
      field.value = value;
    }
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

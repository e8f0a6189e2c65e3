/** Draws the fields of a program or resource form (override-fields.ts) and reads their values. */
import { el } from './dom';
import type { Field, FieldErrors, Values } from './override-fields';
import { showError } from './dom';

const fieldId = (prefix: string, key: string) => `${prefix}-${key.replace('.', '-')}`;

function drawField(prefix: string, field: Field): HTMLElement {
  const id = fieldId(prefix, field.key);
  const hintId = `${id}-hint`;
  const hint = field.hint ? el('p', { class: 'hint', id: hintId }, field.hint) : null;
  const described: Record<string, string> = field.hint ? { 'aria-describedby': hintId } : {};
  if (field.kind === 'checkboxes') {
    return el(
      'fieldset',
      { class: 'field', 'data-field': id, 'data-key': field.key, ...described },
      el('legend', {}, field.label),
      hint,
      el(
        'div',
        { class: 'checkboxes' },
        ...field.options!.map((option, index) =>
          el(
            'div',
            { class: 'checkbox' },
            el('input', { type: 'checkbox', id: `${id}-${index}`, name: id, value: option.value }),
            el('label', { for: `${id}-${index}` }, option.label),
          ),
        ),
      ),
    );
  }
  if (field.kind === 'checkbox') {
    return el(
      'div',
      { class: 'field', 'data-field': id, 'data-key': field.key },
      el('div', { class: 'checkbox' }, el('input', { type: 'checkbox', id }), el('label', { for: id }, field.label)),
    );
  }
  const control =
    field.kind === 'select'
      ? el('select', { id, ...described }, ...field.options!.map((o) => el('option', { value: o.value }, o.label)))
      : field.kind === 'textarea'
        ? el('textarea', { id, rows: '3', ...described, ...(field.lang ? { lang: field.lang } : {}) })
        : el('input', {
            type: 'text',
            id,
            ...described,
            ...(field.width === 'short' ? { class: 'input--short' } : {}),
            ...(field.key === 'state' ? { autocapitalize: 'characters', maxlength: '2' } : {}),
            ...(/year/i.test(field.key) ? { inputmode: 'numeric' } : {}),
          });
  if (field.key === 'description.es') control.setAttribute('lang', 'es');
  return el(
    'div',
    { class: 'field', 'data-field': id, 'data-key': field.key },
    el('label', { for: id }, field.label),
    hint,
    control,
  );
}

export type EntryForm = {
  element: HTMLFieldSetElement;
  values(): Values;
  showErrors(errors: FieldErrors | null): void;
  clear(): void;
};

/** A form of fields with its legend and one button that submits it. */
export function entryForm(prefix: string, legend: string, fields: Field[], button: HTMLButtonElement): EntryForm {
  const drawn = fields.map((field) => drawField(prefix, field));
  const element = el('fieldset', { class: 'entry-form' }, el('legend', {}, legend), ...drawn, button);
  const byKey = (key: string) => drawn[fields.findIndex((f) => f.key === key)]!;
  return {
    element,
    values() {
      const values: Values = {};
      fields.forEach((field) => {
        const node = byKey(field.key);
        if (field.kind === 'checkboxes')
          values[field.key] = [...node.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
        else if (field.kind === 'checkbox') values[field.key] = node.querySelector<HTMLInputElement>('input')!.checked;
        else values[field.key] = node.querySelector<HTMLInputElement>('input, select, textarea')!.value;
      });
      return values;
    },
    showErrors(errors) {
      fields.forEach((field) => showError(byKey(field.key), errors?.[field.key] ?? null));
      const first = fields.find((field) => errors?.[field.key]);
      if (first) byKey(first.key).querySelector<HTMLElement>('input, select, textarea')?.focus();
    },
    clear() {
      for (const node of drawn) {
        for (const input of node.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) input.checked = false;
        for (const input of node.querySelectorAll<HTMLInputElement>('input[type=text], textarea')) input.value = '';
        for (const select of node.querySelectorAll('select')) select.selectedIndex = 0;
      }
    },
  };
}

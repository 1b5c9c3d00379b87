// Form fields bound to a path of the open document. Every control has a visible label, its validation
// message inline (aria-invalid + aria-describedby), and keeps a half-typed value as a draft.
import { html, nothing, type TemplateResult } from 'lit';
import { locale, msg } from '../domain/i18n.js';
import { getAt, type Path, pathKey } from '../domain/paths.js';
import type { Store } from '../state/store.js';

export interface FieldOptions {
  label: string;
  path: Path;
  hint?: string;
  /** Hide the label visually (still read by screen readers), e.g. in a table cell. */
  compact?: boolean;
}

/** A DOM id for a path. */
export function fieldId(path: Path, suffix = ''): string {
  return `f-${pathKey(path).replace(/[^A-Za-z0-9_-]/g, '_')}${suffix}`;
}

/** The messages to show for a path: a draft's own problem first, then the document's issues there. */
export function errorsAt(store: Store, path: Path, draftError?: string): string[] {
  const key = pathKey(path);
  const out: string[] = [];
  if (draftError) out.push(draftError);
  for (const i of store.state.analysis?.byPath.get(key) ?? []) out.push(i.message[locale()]);
  return out;
}

function wrap(
  o: FieldOptions,
  id: string,
  control: TemplateResult,
  errors: string[],
  extraClass = '',
): TemplateResult {
  return html`<div class="field ${extraClass} ${errors.length ? 'has-error' : ''}">
    <label for=${id} class=${o.compact ? 'sr-only' : ''}>${o.label}</label>
    ${control}
    ${o.hint ? html`<p class="hint" id=${`${id}-hint`}>${o.hint}</p>` : nothing}
    ${
      errors.length
        ? html`<p class="error" id=${`${id}-err`}>${errors.map((e) => html`<span>${e}</span>`)}</p>`
        : nothing
    }
  </div>`;
}

function describedBy(o: FieldOptions, id: string, errors: string[]): string | typeof nothing {
  const ids = [o.hint ? `${id}-hint` : '', errors.length ? `${id}-err` : ''].filter(Boolean).join(' ');
  return ids || nothing;
}

export interface TextOptions extends FieldOptions {
  kind?: 'text' | 'email' | 'url' | 'date' | 'textarea';
  /** Remove the key when emptied (optional fields). */
  optional?: boolean;
  placeholder?: string;
}

/** A text input or textarea. */
export function textField(store: Store, o: TextOptions): TemplateResult {
  const id = fieldId(o.path);
  const v = getAt(store.state.current?.doc, o.path);
  const value = typeof v === 'string' ? v : '';
  const errors = errorsAt(store, o.path);
  const onInput = (e: Event) => {
    const raw = (e.target as HTMLInputElement | HTMLTextAreaElement).value;
    store.set(o.path, raw === '' && o.optional ? undefined : raw);
  };
  const control =
    o.kind === 'textarea'
      ? html`<textarea
          id=${id}
          rows="3"
          .value=${value}
          @input=${onInput}
          aria-invalid=${errors.length ? 'true' : 'false'}
          aria-describedby=${describedBy(o, id, errors)}
        ></textarea>`
      : html`<input
          id=${id}
          type=${o.kind ?? 'text'}
          .value=${value}
          placeholder=${o.placeholder ?? nothing}
          @input=${onInput}
          aria-invalid=${errors.length ? 'true' : 'false'}
          aria-describedby=${describedBy(o, id, errors)}
        />`;
  return wrap(o, id, control, errors, o.kind === 'textarea' ? 'wide' : '');
}

/** Reads a number as people type it: `3`, `3.5`, `3,5`, `1.500.000` (thousands, whole numbers only). */
export function parseNumber(raw: string, integer: boolean): number | undefined {
  let s = raw.trim().replace(/[\s_]/g, '');
  if (integer && /^-?\d{1,3}([.,]\d{3})+$/.test(s)) s = s.replace(/[.,]/g, '');
  if (!/^-?\d+([.,]\d+)?$/.test(s)) return undefined;
  const n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

export interface NumberOptions extends FieldOptions {
  integer?: boolean;
  optional?: boolean;
  min?: number;
  max?: number;
  step?: string;
}

/** A number input that keeps what was typed until it is a number, and says why it is not. */
export function numberField(store: Store, o: NumberOptions): TemplateResult {
  const id = fieldId(o.path);
  const m = msg();
  const draft = store.draft(o.path);
  const v = getAt(store.state.current?.doc, o.path);
  const value = draft ?? (typeof v === 'number' ? String(v) : '');
  let draftError: string | undefined;
  if (draft !== undefined) {
    if (draft.trim() === '') draftError = m.required;
    else {
      const n = parseNumber(draft, false);
      draftError = n === undefined ? m.notANumber : m.notAWholeNumber;
    }
  }
  const errors = errorsAt(store, o.path, draftError);
  const onInput = (e: Event) => {
    const raw = (e.target as HTMLInputElement).value;
    if (raw.trim() === '') {
      if (o.optional) store.set(o.path, undefined);
      else store.setDraft(o.path, raw);
      return;
    }
    const n = parseNumber(raw, !!o.integer);
    if (n === undefined || (o.integer && !Number.isInteger(n))) store.setDraft(o.path, raw);
    else store.set(o.path, n);
  };
  const control = html`<input
    id=${id}
    type="text"
    inputmode=${o.integer ? 'numeric' : 'decimal'}
    autocomplete="off"
    .value=${value}
    @input=${onInput}
    aria-invalid=${errors.length ? 'true' : 'false'}
    aria-describedby=${describedBy(o, id, errors)}
  />`;
  return wrap(o, id, control, errors, 'num');
}

export interface Option {
  value: string;
  label: string;
}

export interface SelectOptions extends FieldOptions {
  options: readonly Option[];
  /** Label of the empty choice; without it there is none. */
  empty?: string;
  /** Store the value as a number. */
  numeric?: boolean;
  /** Called instead of setting the path. */
  onChange?: (value: string) => void;
  value?: string;
}

/** A labelled select. */
export function selectField(store: Store, o: SelectOptions): TemplateResult {
  const id = fieldId(o.path);
  const v = o.value ?? getAt(store.state.current?.doc, o.path);
  const value = v === undefined || v === null ? '' : String(v);
  const errors = errorsAt(store, o.path);
  const onChange = (e: Event) => {
    const raw = (e.target as HTMLSelectElement).value;
    if (o.onChange) return o.onChange(raw);
    store.set(o.path, raw === '' ? undefined : o.numeric ? Number(raw) : raw);
  };
  const control = html`<select
    id=${id}
    @change=${onChange}
    aria-invalid=${errors.length ? 'true' : 'false'}
    aria-describedby=${describedBy(o, id, errors)}
  >
    ${o.empty !== undefined ? html`<option value="" ?selected=${value === ''}>${o.empty}</option>` : nothing}
    ${o.options.map((x) => html`<option value=${x.value} ?selected=${x.value === value}>${x.label}</option>`)}
  </select>`;
  return wrap(o, id, control, errors);
}

/** A group of checkboxes editing a list of ids at a path. */
export function checkboxGroup(
  store: Store,
  o: FieldOptions & { options: readonly Option[]; numeric?: boolean },
): TemplateResult {
  const id = fieldId(o.path);
  const v = getAt(store.state.current?.doc, o.path);
  const list = Array.isArray(v) ? (v as unknown[]).map(String) : [];
  const errors = errorsAt(store, o.path);
  const toggle = (value: string, on: boolean) => {
    const next = on ? [...list.filter((x) => x !== value), value] : list.filter((x) => x !== value);
    store.set(o.path, o.numeric ? next.map(Number).sort((a, b) => a - b) : next);
  };
  return html`<fieldset
    class="checks ${errors.length ? 'has-error' : ''}"
    aria-describedby=${errors.length ? `${id}-err` : nothing}
  >
    <legend>${o.label}</legend>
    ${o.options.map(
      (x, i) =>
        html`<label class="check"
          ><input
            type="checkbox"
            id=${`${id}-${i}`}
            .checked=${list.includes(x.value)}
            @change=${(e: Event) => toggle(x.value, (e.target as HTMLInputElement).checked)}
          />
          ${x.label}</label
        >`,
    )}
    ${errors.length ? html`<p class="error" id=${`${id}-err`}>${errors.join(' ')}</p>` : nothing}
  </fieldset>`;
}

/** Every problem of the open document under a path prefix (for a section's summary). */
export function issuesUnder(store: Store, prefix: Path): number {
  const key = pathKey(prefix);
  const a = store.state.analysis;
  if (!a) return 0;
  return a.issues.filter((i) => {
    const k = pathKey(i.path);
    return k === key || k.startsWith(`${key}.`) || k.startsWith(`${key}[`);
  }).length;
}

/**
 * The fields of the builder's two forms (a program, a resource), what each becomes in the
 * override document, and the schema's issues mapped back to the field they concern.
 * DOM-free: the page draws the fields, this file turns their values into an entry.
 */
import {
  OverrideResourceSchema,
  OverrideSchema,
  OverrideSiteSchema,
  RESOURCE_KINDS,
  type Override,
  type OverrideResource,
  type OverrideSite,
} from '../../data/schema';
import { PATHWAY_IDS, SITE_LEAD_IDS, SITE_SETTING_IDS } from '../../data/vocabulary';
import pathways from '../../data/locales/en/pathways.json';

export type Option = { value: string; label: string };
export type Field = {
  key: string;
  label: string;
  hint?: string;
  kind: 'text' | 'textarea' | 'select' | 'checkboxes' | 'checkbox';
  options?: Option[];
  /** Spanish text: marked so a screen reader reads it in Spanish. */
  lang?: string;
  width?: 'short' | 'full';
};
export type Values = Record<string, string | string[] | boolean>;
export type FieldErrors = Record<string, string>;

const PATHWAY_OPTIONS: Option[] = PATHWAY_IDS.map((id) => ({ value: id, label: pathways[id].name }));
const LEAD_LABELS: Record<(typeof SITE_LEAD_IDS)[number], string> = {
  'law-enforcement': 'Law enforcement',
  fire: 'Fire department',
  ems: 'Emergency medical services (EMS)',
  'behavioral-health': 'Behavioral health',
  'multi-agency': 'Several agencies together',
};
const SETTING_LABELS: Record<(typeof SITE_SETTING_IDS)[number], string> = {
  urban: 'Urban',
  suburban: 'Suburban',
  rural: 'Rural',
  tribal: 'Tribal',
  mixed: 'Mixed',
};
const KIND_LABELS: Record<(typeof RESOURCE_KINDS)[number], string> = {
  'case-study': 'Case study',
  webinar: 'Webinar',
  article: 'Article',
  training: 'Training',
  mentoring: 'Mentoring',
  'technical-assistance': 'Technical assistance',
  library: 'Library',
  toolkit: 'Toolkit',
  funding: 'Funding',
};

const descriptionFields: Field[] = [
  { key: 'description.en', label: 'Description in English (optional)', kind: 'textarea', width: 'full' },
  {
    key: 'description.es',
    label: 'Description in Spanish (optional)',
    hint: 'Shown to readers who use the tool in Spanish. Without it they see the English one.',
    kind: 'textarea',
    width: 'full',
  },
];

export const PROGRAM_FIELDS: Field[] = [
  { key: 'name', label: 'Program name', kind: 'text', width: 'full' },
  { key: 'city', label: 'City (optional)', kind: 'text' },
  { key: 'county', label: 'County (optional)', kind: 'text' },
  { key: 'state', label: 'State', hint: 'The two-letter code, for example OH.', kind: 'text', width: 'short' },
  {
    key: 'leadAgency',
    label: 'Who leads it',
    kind: 'select',
    options: [{ value: '', label: 'Choose' }, ...SITE_LEAD_IDS.map((id) => ({ value: id, label: LEAD_LABELS[id] }))],
  },
  {
    key: 'pathways',
    label: 'Pathways it runs',
    hint: 'Select all that apply.',
    kind: 'checkboxes',
    options: PATHWAY_OPTIONS,
  },
  {
    key: 'setting',
    label: 'Setting (optional)',
    kind: 'select',
    options: [
      { value: '', label: 'Not given' },
      ...SITE_SETTING_IDS.map((id) => ({ value: id, label: SETTING_LABELS[id] })),
    ],
  },
  { key: 'yearStarted', label: 'Year it started (optional)', hint: 'For example 2021.', kind: 'text', width: 'short' },
  { key: 'mentorSite', label: 'Other agencies may visit it to learn (a mentor site)', kind: 'checkbox' },
  { key: 'link', label: 'Web address (optional)', hint: 'Starting with https://', kind: 'text', width: 'full' },
  ...descriptionFields,
];

export const RESOURCE_FIELDS: Field[] = [
  { key: 'title', label: 'Title', kind: 'text', width: 'full' },
  {
    key: 'publisher',
    label: 'Publisher',
    hint: 'Who offers it, for example your county.',
    kind: 'text',
    width: 'full',
  },
  {
    key: 'kind',
    label: 'Kind',
    kind: 'select',
    options: RESOURCE_KINDS.map((id) => ({ value: id, label: KIND_LABELS[id] })),
  },
  {
    key: 'pathways',
    label: 'Pathways it is about',
    hint: 'Select none if it is about all of them.',
    kind: 'checkboxes',
    options: PATHWAY_OPTIONS,
  },
  { key: 'year', label: 'Year (optional)', kind: 'text', width: 'short' },
  { key: 'url', label: 'Web address (optional)', hint: 'Starting with https://', kind: 'text', width: 'full' },
  ...descriptionFields,
];

/** An id from a name: lowercase words joined by hyphens, as the schema asks. */
export const idFrom = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');

const text = (values: Values, key: string) => String(values[key] ?? '').trim();
const optional = (value: string) => (value === '' ? null : value);
const list = (values: Values, key: string) => (Array.isArray(values[key]) ? (values[key] as string[]) : []);

function description(values: Values): Record<string, string> | undefined {
  const en = text(values, 'description.en');
  const es = text(values, 'description.es');
  if (!en && !es) return undefined;
  return { en, ...(es ? { es } : {}) };
}

/** A year field: a number when it is one, the text otherwise (so the schema names the mistake). */
function year(value: string): number | string | null {
  if (value === '') return null;
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** Messages in the editor's words: zod/mini says only "Invalid input" where the check has no message of its own. */
function messageFor(field: Field, issue: { code?: string; message: string }): string {
  if (issue.message !== 'Invalid input') return issue.message;
  if (issue.code === 'too_small') return field.kind === 'checkboxes' ? 'Select at least one pathway' : 'Enter this';
  if (issue.code === 'too_big') return 'This is too long';
  if (issue.code === 'invalid_value') return field.key === 'leadAgency' ? 'Choose who leads it' : 'Choose one';
  if (issue.code === 'invalid_type')
    return /year/i.test(field.key) ? 'Enter a year as four digits, for example 2021' : 'Enter this';
  return 'Check this';
}

/** The field an issue's path points at: the first part, or `description.<lang>`, `links` → `link`. */
function fieldOf(path: PropertyKey[], fields: Field[]): string {
  const [first, second] = path.map(String);
  const key =
    first === 'description'
      ? `description.${second ?? 'en'}`
      : first === 'links'
        ? 'link'
        : first === 'id'
          ? fields[0]!.key
          : first!;
  return fields.some((field) => field.key === key) ? key : fields[0]!.key;
}

export type Checked<T> = { entry: T; errors: null } | { entry: null; errors: FieldErrors };

function check<T>(
  schema: {
    safeParse(
      value: unknown,
    ): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  raw: Record<string, unknown>,
  fields: Field[],
): Checked<T> {
  const result = schema.safeParse(raw);
  if (result.success) return { entry: result.data, errors: null };
  const errors: FieldErrors = {};
  // The id comes from the name or title: its issue counts only when that field has none of its own.
  const issues = [...result.error.issues].sort((a, b) => Number(a.path[0] === 'id') - Number(b.path[0] === 'id'));
  for (const issue of issues) {
    const key = fieldOf(issue.path, fields);
    const field = fields.find((f) => f.key === key)!;
    errors[key] ??= issue.path[0] === 'id' ? 'Use letters or digits in it' : messageFor(field, issue);
  }
  return { entry: null, errors };
}

/** A program from the form, checked against the override's program schema. */
export function programFrom(values: Values, takenIds: string[]): Checked<OverrideSite> {
  const name = text(values, 'name');
  const raw = {
    id: uniqueId(idFrom(name), takenIds),
    name,
    city: optional(text(values, 'city')),
    county: optional(text(values, 'county')),
    state: text(values, 'state').toUpperCase(),
    leadAgency: text(values, 'leadAgency'),
    pathways: list(values, 'pathways'),
    setting: optional(text(values, 'setting')),
    mentorSite: values.mentorSite === true,
    yearStarted: year(text(values, 'yearStarted')),
    links: text(values, 'link') ? [text(values, 'link')] : [],
    description: description(values),
  };
  if (!raw.description) delete raw.description;
  return check(OverrideSiteSchema, raw, PROGRAM_FIELDS);
}

/** A resource from the form, checked against the override's resource schema. */
export function resourceFrom(values: Values, takenIds: string[]): Checked<OverrideResource> {
  const title = text(values, 'title');
  const raw: Record<string, unknown> = {
    id: uniqueId(idFrom(title), takenIds),
    kind: text(values, 'kind') || 'toolkit',
    pathways: list(values, 'pathways'),
    title,
    publisher: text(values, 'publisher'),
    year: year(text(values, 'year')) ?? undefined,
    url: text(values, 'url') || undefined,
    description: description(values),
  };
  for (const key of Object.keys(raw)) if (raw[key] === undefined) delete raw[key];
  return check(OverrideResourceSchema, raw, RESOURCE_FIELDS);
}

function uniqueId(id: string, taken: string[]): string {
  if (!id || !taken.includes(id)) return id;
  let n = 2;
  while (taken.includes(`${id}-${n}`)) n++;
  return `${id}-${n}`;
}

/** The document to download: only what the editor added, checked whole once more. */
export function overrideDocument(sites: OverrideSite[], resources: OverrideResource[]): Override {
  return OverrideSchema.parse({ sites, resources });
}

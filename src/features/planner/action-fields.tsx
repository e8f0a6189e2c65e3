const shortDate = (language: string) =>
  new Intl.DateTimeFormat(language, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' });

/** The order of day, month and year in the reader's language, e.g. ['month', 'day', 'year'] in English. */
const dateOrder = (language: string) =>
  shortDate(language)
    .formatToParts(0)
    .map((part) => part.type as string)
    .filter((type) => type === 'day' || type === 'month' || type === 'year');

/**
 * A target date as people type it in their language ("03/15/2027" in English, "15/03/2027" in
 * Spanish; "/", "." or "-" between), as the YYYY-MM-DD the plan keeps; any other text unchanged,
 * so that YYYY-MM-DD still works and the plan's own checks explain what does not.
 */
export function typedDate(value: string, language: string): string {
  const numbers = /^\s*(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})\s*$/.exec(value)?.slice(1);
  const order = dateOrder(language);
  if (!numbers || numbers[0]!.length === 4 || order[2] !== 'year' || numbers[2]!.length !== 4) return value;
  const part = (type: 'day' | 'month') => numbers[order.indexOf(type)]!.padStart(2, '0');
  return `${numbers[2]}-${part('month')}-${part('day')}`;
}

/** A kept YYYY-MM-DD date as the reader's language writes it in short, e.g. 03/31/2027. */
const shownDate = (value: string, language: string) => shortDate(language).format(new Date(value));

/**
 * A planning point's action in the readiness checklist: a one-line summary of who, by when and
 * what, and the fields to change it. A field is kept when it loses focus (focusout: preact/compat,
 * in the script for XState, makes onChange of a text field fire on every key); a value that
 * cannot be kept stays in the field with the reason beside it, and is not saved.
 */
import { useState } from 'preact/hooks';
import type { PathwayId } from '../../../data/vocabulary';
import {
  actionProblem,
  ACTION_FIELDS,
  type ActionField,
  type ActionProblem,
  type PlanAction,
} from '../../../machines/action-plan';
import { useWidgetView, type WidgetView } from '../../ui/context';
import { dateLocale } from '../../ui/date-locale';

/** A YYYY-MM-DD date for the reader, in their language; in UTC, so that the day never shifts. */
export const readableDate = (value: string, language: string) =>
  new Intl.DateTimeFormat(dateLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(value));

/**
 * A pathway's planning points in content order, each as [title, in place (yes or no), owner,
 * target date, note] in the reader's words: the brief's table and the CSV's rows.
 */
export function actionRows(
  { t, content, planner }: WidgetView,
  pathway: PathwayId,
  date: (due: string) => string,
): string[][] {
  return content.pathways
    .find((p) => p.id === pathway)!
    .elements.map(({ id }) => {
      const action = planner?.actionPlan[pathway]?.[id] ?? {};
      return [
        t(`pathways:${pathway}.elements.${id}.title`),
        t(planner?.readiness[pathway]?.includes(id) ? 'planner.action.yes' : 'planner.action.no'),
        action.owner ?? '',
        action.due ? date(action.due) : '',
        action.note ?? '',
      ];
    });
}

/** "Owner: Sgt. Lee · By March 31, 2027 · note", or nothing without an action. */
export function ActionSummary({ action }: { action: PlanAction }) {
  const { t, language } = useWidgetView();
  const parts = [
    action.owner && t('planner.action.ownerIs', { owner: action.owner }),
    action.due && t('planner.action.dueBy', { date: readableDate(action.due, language) }),
    action.note,
  ].filter(Boolean);
  return parts.length ? <p class="action__summary">{parts.join(' · ')}</p> : null;
}

export function ActionFields({ pathway, element, title }: { pathway: PathwayId; element: string; title: string }) {
  const { t, planner, language } = useWidgetView();
  // What is typed but not kept yet, and why a value was not kept, per field.
  const [typed, setTyped] = useState<PlanAction>({});
  const [problems, setProblems] = useState<Partial<Record<ActionField, ActionProblem | null>>>({});
  if (!planner) return null;
  const action = planner.actionPlan[pathway]?.[element] ?? {};
  const id = `action-${pathway}-${element}`;

  const keep = (field: ActionField, entered: string) => {
    const value = field === 'due' ? typedDate(entered, language) : entered;
    const problem = actionProblem(field, value);
    setProblems({ ...problems, [field]: problem });
    if (problem) return;
    setTyped({ ...typed, [field]: undefined });
    planner.setAction(pathway, element, field, value);
  };

  return (
    <div class="action">
      <ActionSummary action={action} />
      <details class="details action__details">
        <summary class="details__summary">
          {t(Object.keys(action).length ? 'planner.action.edit' : 'planner.action.plan')}
        </summary>
        <fieldset class="fieldset action__fields">
          <legend class="visually-hidden">{title}</legend>
          {ACTION_FIELDS.map((field) => {
            const problem = problems[field];
            const fieldId = `${id}-${field}`;
            const described = [field === 'due' && `${fieldId}-hint`, problem && `${fieldId}-error`].filter(Boolean);
            const Input = field === 'note' ? 'textarea' : 'input';
            return (
              <div class={`action__field${problem ? ' action__field--error' : ''}`} key={field}>
                <label class="action__label" for={fieldId}>
                  {t(`planner.action.${field}`)}
                </label>
                {field === 'due' && (
                  <p id={`${fieldId}-hint`} class="hint action__hint">
                    {t('planner.action.dueHint')}
                  </p>
                )}
                {problem && (
                  <p id={`${fieldId}-error`} class="error-message action__error" role="alert">
                    {t(`planner.action.problems.${problem.key === 'tooLong' ? `tooLong.${field}` : problem.key}`, {
                      ...problem.values,
                    })}
                  </p>
                )}
                <Input
                  id={fieldId}
                  class="action__input"
                  value={
                    typed[field] ??
                    (field === 'due' && action.due ? shownDate(action.due, language) : action[field]) ??
                    ''
                  }
                  aria-invalid={problem ? 'true' : undefined}
                  aria-describedby={described.join(' ') || undefined}
                  autoComplete="off"
                  onInput={(event) => setTyped({ ...typed, [field]: event.currentTarget.value })}
                  onFocusOut={(event) => keep(field, event.currentTarget.value)}
                />
              </div>
            );
          })}
        </fieldset>
      </details>
    </div>
  );
}

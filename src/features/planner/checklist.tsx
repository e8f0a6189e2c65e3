/** The critical elements of a pathway as a checklist, each with its action plan: drawn when a card's section opens. */
import type { RecommendedPathway } from '../../../machines/recommend';
import { useWidgetView } from '../../ui/context';
import { Heading } from '../../ui/heading';
import { ActionFields } from './action-fields';

/** The critical elements of a pathway as a checklist of what is in place (the card shows the first steps). */
export function ReadinessChecklist({ pathway }: { pathway: RecommendedPathway }) {
  const { t, content, planner } = useWidgetView();
  if (!planner) return null;
  const definition = content.pathways.find((p) => p.id === pathway.id)!;
  const done = planner.readiness[pathway.id] ?? [];
  const title = (id: string) => t(`pathways:${pathway.id}.elements.${id}.title`);
  return (
    <div class="readiness">
      <fieldset class="fieldset readiness__fieldset" aria-describedby={`readiness-${pathway.id}-note`}>
        <legend class="fieldset__legend">
          <Heading depth={2}>{t('planner.readiness')}</Heading>
        </legend>
        <p id={`readiness-${pathway.id}-note`} class="hint">
          {t('result.elementsNote')} {t('planner.readinessHint')}
        </p>
        <div class="options options--checkbox options--small">
          {definition.elements.map((element) => {
            const id = `ready-${pathway.id}-${element.id}`;
            const detail = t(`pathways:${pathway.id}.elements.${element.id}.detail`, { defaultValue: '' });
            return (
              <div part="option" class="option" key={element.id}>
                <input
                  class="option__input"
                  type="checkbox"
                  id={id}
                  checked={done.includes(element.id)}
                  aria-describedby={detail ? `${id}-hint` : undefined}
                  onChange={() => planner.toggle(pathway.id, element.id)}
                />
                <label part="option__label" class="option__label" for={id}>
                  {title(element.id)}
                </label>
                {detail && (
                  <p id={`${id}-hint`} class="option__hint">
                    {detail}
                  </p>
                )}
                <ActionFields pathway={pathway.id} element={element.id} title={title(element.id)} />
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/**
 * The floor: the same quiz written in plain Preact with no other library (no XState, i18next or
 * zod; texts read straight from the English JSON), as the reference the bench compares the widget
 * with. Same intro, same questions, same clicks, same result (it uses the same recommend()).
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import questions from '../data/questions.json';
import pathways from '../data/locales/en/pathways.json';
import texts from '../data/locales/en/questions.json';
import ui from '../data/locales/en/ui.json';
import type { Answers } from '../machines/answers';
import { builtInContent } from '../data/content';
import { recommend, sitesByPathway } from '../machines/recommend';

type Texts = Record<string, { prompt: string; hint: string; options: Record<string, { label: string; hint: string }> }>;
const q = texts as unknown as Texts;
const label = (key: string, id: string) => {
  const text = q[key]!.options[id]!.label;
  const ref = /^\$t\(pathways:([\w-]+)\.name\)$/.exec(text);
  return ref ? (pathways as Record<string, { name: string }>)[ref[1]!]!.name : text;
};

function Floor() {
  const [step, setStep] = useState(-1);
  const [answers, setAnswers] = useState<Record<string, string[] | string>>({});
  const asked = questions.filter(
    (x) => !('askedWhen' in x) || ((answers.lead as string[] | undefined) ?? []).includes('law-enforcement'),
  );
  if (step === -1) {
    return (
      <div>
        <h2>{ui.intro.title}</h2>
        <p>{ui.intro.lead}</p>
        <button type="button" onClick={() => setStep(0)}>
          {ui.intro.start}
        </button>
      </div>
    );
  }
  if (step >= asked.length) {
    const result = step > asked.length ? recommend(answers as unknown as Answers) : null;
    return result ? (
      <div>
        <h2>{ui.result.title}</h2>
        {result.pathways.map((p) => (
          <article key={p.id}>
            <h3>{(pathways as Record<string, { name: string }>)[p.id]!.name}</h3>
            <p>{p.fit}</p>
          </article>
        ))}
      </div>
    ) : (
      <div>
        <h2>{ui.review.title}</h2>
        <button type="button" onClick={() => setStep(step + 1)}>
          {ui.review.submit}
        </button>
      </div>
    );
  }
  const question = asked[step]!;
  const value = answers[question.id];
  const toggle = (id: string) => {
    if (question.type === 'single') return setAnswers({ ...answers, [question.id]: id });
    const list = (value as string[] | undefined) ?? [];
    setAnswers({ ...answers, [question.id]: list.includes(id) ? list.filter((x) => x !== id) : [...list, id] });
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setAnswers({ ...answers, [question.id]: value ?? [] });
        setStep(step + 1);
      }}
    >
      <fieldset>
        <legend>
          <h2>{q[question.id]!.prompt}</h2>
        </legend>
        {question.options.map((o) => (
          <div key={o.id}>
            <input
              type={question.type === 'single' ? 'radio' : 'checkbox'}
              id={`${question.id}-${o.id}`}
              name={question.id}
              checked={Array.isArray(value) ? value.includes(o.id) : value === o.id}
              onChange={() => toggle(o.id)}
            />
            <label for={`${question.id}-${o.id}`}>{label(question.id, o.id)}</label>
          </div>
        ))}
      </fieldset>
      <button type="submit">{ui.nav.continue}</button>
    </form>
  );
}

render(<Floor />, document.getElementById('floor')!);
// Like the widget: the programs' collation data loads while the start page is read, not at the result.
requestIdleCallback(() => sitesByPathway(builtInContent.sites));

/** Complete answers set from outside (the `answers` property): checked by the validator file, the last set winning. */
import { selectWizard } from '../../machines/widget.selectors';
import type { ElementHost } from './host';
import { onDemandLoaders } from './parts';

export function answersSetter({ actor, error }: ElementHost) {
  let latest = 0;
  return (value: unknown): void => {
    const request = ++latest;
    let copy: unknown;
    try {
      copy = structuredClone(value);
    } catch {
      copy = value; // not cloneable (functions, DOM nodes): validation rejects it below
    }
    onDemandLoaders.validate().then(
      ({ safeParseAnswers }) => {
        if (request !== latest) return;
        const parsed = safeParseAnswers(copy);
        if (!parsed.ok) return error(`Invalid answers: ${parsed.message}`, parsed.issues);
        selectWizard(actor.getSnapshot()).send({ type: 'answers.load', answers: parsed.answers });
      },
      () => error("The answers could not be checked: the widget's validator did not load.", []),
    );
  };
}

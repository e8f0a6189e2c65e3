/**
 * What the script hands to its on-demand view files (result, planner, workshop), so that they
 * render with the very same Preact, hooks and view context instead of bundling copies of their
 * own. It is put, before any of them is imported, where files of the script's own folder look
 * (see scripts/shared-runtime.mjs): another copy of the widget from another folder keeps its own.
 */
import { Fragment, h } from 'preact';
import { useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { jsx, jsxs, Fragment as JsxFragment } from 'preact/jsx-runtime';
import {
  chargingSupporting,
  isAllowed,
  partnerGapsFor,
  reasonsFor,
  recommend,
  recommendOnce,
  situationsPointingAt,
  SITES_PER_PATHWAY,
} from '../machines/recommend';
import {
  askedQuestions,
  chooseOption,
  isAnswered,
  isAsked,
  isComplete,
  plannedQuestions,
  questionFor,
  STEP_IDS,
  withEmptyAnswer,
} from '../machines/steps';
import { wizardMachine } from '../machines/wizard.machine';
import * as vocabulary from '../data/vocabulary';
import * as team from '../machines/team';
import { useWizard, WizardViewContext } from './views/context';
import { Heading } from './views/heading';

// Only what the view files use, so the script does not carry the rest of Preact for them.
export const runtime = {
  preact: { Fragment, h },
  'preact/hooks': { useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState },
  'preact/jsx-runtime': { jsx, jsxs, Fragment: JsxFragment },
  context: { WizardViewContext, useWizard },
  heading: { Heading },
  machine: { wizardMachine },
  // Every option id: each view file would otherwise carry its own copy.
  vocabulary,
  // The element reads team links and combines answers; the team page shows them.
  team,
  recommend: {
    recommend,
    recommendOnce,
    isAllowed,
    reasonsFor,
    partnerGapsFor,
    situationsPointingAt,
    chargingSupporting,
    SITES_PER_PATHWAY,
  },
  steps: {
    STEP_IDS,
    questionFor,
    isAsked,
    askedQuestions,
    plannedQuestions,
    isAnswered,
    isComplete,
    chooseOption,
    withEmptyAnswer,
  },
};

export type Runtime = typeof runtime;

/** Keep in step with RUNTIME_KEY in scripts/shared-runtime.mjs. */
const RUNTIME_KEY = 'pick-your-pathway runtime ';

/** Makes the runtime findable by the view files of a folder (given as its absolute address, ending in /). */
export function provideRuntime(folder: string): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for(RUNTIME_KEY + folder)] ??= runtime;
}

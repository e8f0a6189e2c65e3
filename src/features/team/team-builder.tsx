/**
 * The builder of a team link: each partner's share link pasted in, with a name, one by one; the
 * team link to copy, or the team page to open. Links are read here (the validator decodes each
 * one), so nothing leaves the browser; a link or name that cannot be used is explained at its field.
 * The partners added are kept in the widget (and its saved progress), so links can come in over days.
 */
import type { RefObject } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { shareCodeFromHash } from '../../../machines/share-link';
import { labelProblem, MAX_MEMBERS, teamFragment } from '../../../machines/team';
import { useWidgetView } from '../../ui/context';
import { Heading } from '../../ui/heading';
import { memberName } from './member-name';

type Problems = { label?: string; link?: string };

/** A reason, which reads after "Partner 2:", as a sentence of its own at the field. */
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The share code in what was pasted: a whole share link, or the code alone. */
function codeOf(text: string): string | null {
  const trimmed = text.trim();
  const hash = trimmed.indexOf('#');
  if (hash !== -1) return shareCodeFromHash(trimmed.slice(hash));
  return /^\d+\.\S+$/.test(trimmed) ? trimmed : null;
}

/** A labelled text field with its hint and, when it cannot be used, why, said at the field. */
function TextField({
  id,
  field,
  label,
  hint,
  problem,
  url = false,
}: {
  id: string;
  field: RefObject<HTMLInputElement | null>;
  label: string;
  hint: string;
  problem: string | undefined;
  url?: boolean;
}) {
  return (
    <div class={`team__field${problem ? ' team__field--error' : ''}`}>
      <label class="share-link__label" for={id}>
        {label}
      </label>
      <p id={`${id}-hint`} class="hint">
        {hint}
      </p>
      {problem && (
        <p id={`${id}-error`} class="error-message">
          {problem}
        </p>
      )}
      <input
        ref={field}
        id={id}
        class="share-link__input"
        type="text"
        inputMode={url ? 'url' : undefined}
        spellcheck={url ? false : undefined}
        autoComplete="off"
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-error ${id}-hint` : `${id}-hint`}
      />
    </div>
  );
}

export function TeamBuilder() {
  const { t, team } = useWidgetView();
  const [problems, setProblems] = useState<Problems>({});
  const [copied, setCopied] = useState<'idle' | 'copied' | 'manual'>('idle');
  const labelField = useRef<HTMLInputElement>(null);
  const linkField = useRef<HTMLInputElement>(null);
  if (!team) return null;
  const { draft: members, setDraft: setMembers } = team;
  const full = members.length >= MAX_MEMBERS;
  const link = `${location.href.split('#')[0]}${teamFragment(members)}`;

  const add = async (event: Event) => {
    event.preventDefault();
    const label = labelField.current!.value.trim();
    const found: Problems = {};
    const labelReason = labelProblem(label);
    if (labelReason) found.label = sentence(t(`team.reasons.${labelReason}`));
    const code = codeOf(linkField.current!.value);
    let answers = null;
    if (code === null) found.link = t('team.builder.notALink');
    else {
      const decoded = (await team.decoder())(code);
      if (decoded.ok) answers = decoded.answers;
      else found.link = t('team.builder.unreadable');
    }
    setProblems(found);
    if (found.label) return labelField.current!.focus();
    if (!answers || code === null) return linkField.current!.focus();
    setMembers([...members, { label: label || null, answers, code }]);
    setCopied('idle');
    labelField.current!.value = '';
    linkField.current!.value = '';
    labelField.current!.focus();
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('copied');
    } catch {
      setCopied('manual');
    }
  };

  return (
    <div part="team" class="step team">
      <Heading focusTarget class="title-l">
        {t('team.builder.title')}
      </Heading>
      <p class="lead">{t('team.builder.lead')}</p>
      <p class="inset">{t('team.builder.privacy')}</p>
      {full ? (
        <p class="notice" role="status">
          {t('team.builder.full', { max: MAX_MEMBERS })}
        </p>
      ) : (
        <form class="team__form" onSubmit={add} noValidate>
          <TextField
            id="team-label"
            field={labelField}
            label={t('team.builder.label')}
            hint={t('team.builder.labelHint')}
            problem={problems.label}
          />
          <TextField
            id="team-link"
            field={linkField}
            label={t('team.builder.link')}
            hint={t('team.builder.linkHint')}
            problem={problems.link}
            url
          />
          <div class="button-group button-group--tight">
            <button type="submit" class="button">
              {t('team.builder.add')}
            </button>
            {team.own && (
              <button
                type="button"
                class="button button--secondary"
                onClick={() => {
                  const label = labelField.current!.value.trim();
                  const reason = labelProblem(label);
                  if (reason) return setProblems({ label: sentence(t(`team.reasons.${reason}`)) });
                  setProblems({});
                  setMembers([...members, { label: label || null, ...team.own! }]);
                  labelField.current!.value = '';
                }}
              >
                {t('team.builder.addOwn')}
              </button>
            )}
          </div>
        </form>
      )}

      <Heading depth={1} id="team-members-title">
        {t('team.builder.membersTitle', { count: members.length })}
      </Heading>
      {members.length === 0 ? (
        <p class="hint">{t('team.builder.none')}</p>
      ) : (
        <ol class="team__members" aria-labelledby="team-members-title">
          {members.map((member, i) => (
            <li key={`${i}:${member.label}`}>
              <span>{memberName(t, member.label, i)}</span>{' '}
              <button
                type="button"
                class="link-button"
                onClick={() => {
                  setMembers(members.filter((_, j) => j !== i));
                  setCopied('idle');
                  labelField.current?.focus();
                }}
              >
                {t('team.builder.remove')}
                <span class="visually-hidden"> {memberName(t, member.label, i)}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {members.length < 2 ? (
        <p class="hint">{t('team.builder.needTwo')}</p>
      ) : (
        <>
          <p class="team__link">
            <label for="team-output" class="share-link__label">
              {t('team.builder.teamLink')}
            </label>
            <input
              id="team-output"
              class="share-link__input"
              readOnly
              value={link}
              onFocus={(e) => e.currentTarget.select()}
            />
          </p>
          <div class="button-group button-group--tight">
            <button type="button" class="button" onClick={copy}>
              {t('team.builder.copy')}
            </button>
            <button
              type="button"
              class="button button--secondary"
              onClick={() => team.open(members.map(({ label, answers }) => ({ label, answers })))}
            >
              {t('team.builder.open')}
            </button>
          </div>
        </>
      )}
      <p role="status" class={copied === 'idle' ? 'visually-hidden' : 'notice'}>
        {copied === 'copied' ? t('team.builder.copied') : copied === 'manual' ? t('team.builder.copyManually') : ''}
      </p>
      <div class="button-group">
        <button type="button" class="button button--secondary" onClick={team.close}>
          {t('team.back')}
        </button>
      </div>
    </div>
  );
}

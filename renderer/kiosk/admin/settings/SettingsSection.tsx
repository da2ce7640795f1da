import { useEffect, useId, useState } from 'preact/hooks';
import {
  numberSettingRanges,
  settingTextMaxLength,
  type NumberSetting,
} from '../../../../shared/setting-limits.ts';
import type { AdminDictionary } from '../../../i18n/admin/index.ts';
import { useAdminData, useAdminSession } from '../admin-session.ts';
import { Field } from '../fields.tsx';
import form from '../form.module.css';
import { useSave } from '../Notice.tsx';
import { SaveActions } from '../SaveActions.tsx';
import { LanguagesField } from './LanguagesField.tsx';
import {
  changesFrom,
  crisisLanguages,
  formOf,
  settingsOf,
  storageSettings,
  timingSettings,
  type FieldProblem,
  type SettingsForm,
} from './settings-form.ts';

/**
 * The kiosk's settings in one form. Save sends only what was changed, all or none: the core
 * checks every value, logs each change, and its refusal names the value it would not take.
 */
export function SettingsSection() {
  const { words, call } = useAdminSession();
  const settings = useAdminData('admin.settings');
  const [fields, setFields] = useState<SettingsForm>();
  const { outcome, busy, save, refuse, setOutcome } = useSave();
  const granularity = useId();
  useEffect(() => {
    if (settings.data) setFields(formOf(settings.data));
  }, [settings.data]);

  function submit(stored: NonNullable<typeof settings.data>, typed: SettingsForm) {
    if (typed.languages.length === 0) return refuse(words.offerAtLeastOne);
    const wanted = settingsOf(typed);
    if (!('settings' in wanted)) return refuse(problemText(wanted, words));
    const patch = changesFrom(stored, wanted.settings);
    if (Object.keys(patch).length === 0) return setOutcome({ tone: 'done', message: words.nothingChanged });
    void save(call('admin.updateSettings', { patch }), (updated) => {
      settings.set(updated);
      return words.saved;
    });
  }

  const set = (change: Partial<SettingsForm>) => fields && setFields({ ...fields, ...change });
  const numberField = (key: NumberSetting) =>
    fields && (
      <Field
        key={key}
        type="number"
        label={words.settingNames[key]}
        hint={`${words.numberHints[key]} ${words.allowedRange(numberSettingRanges[key])}`}
        value={fields.numbers[key]}
        onChange={(value) => set({ numbers: { ...fields.numbers, [key]: value } })}
      />
    );

  return (
    <section class={form.section} aria-labelledby="settings-title" aria-busy={!fields && !settings.problem}>
      <h2 id="settings-title" class={form.heading}>
        {words.sections.settings}
      </h2>
      {settings.problem && (
        <p role="alert" class={form.problem}>
          {settings.problem}
        </p>
      )}
      {fields && settings.data && (
        <form
          class={form.section}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit(settings.data!, fields);
          }}
        >
          <fieldset class={form.fieldset}>
            <legend class={form.legend}>{words.namesTitle}</legend>
            <Field
              type="text"
              label={words.settingNames.kioskName}
              value={fields.kioskName}
              maxLength={settingTextMaxLength.kioskName}
              onChange={(kioskName) => set({ kioskName })}
            />
            <Field
              type="text"
              label={words.settingNames.centreName}
              hint={words.centreNameHint}
              value={fields.centreName}
              maxLength={settingTextMaxLength.centreName}
              onChange={(centreName) => set({ centreName })}
            />
          </fieldset>
          <LanguagesField offered={fields.languages} onChange={(languages) => set({ languages })} />
          <fieldset class={form.fieldset}>
            <legend class={form.legend}>{words.timeTitle}</legend>
            <p class={form.hint}>{words.timeHint}</p>
            {(['day-part', 'hour'] as const).map((choice) => (
              <label key={choice} class={form.choice}>
                <input
                  type="radio"
                  name={granularity}
                  checked={fields.timeGranularity === choice}
                  onChange={() => set({ timeGranularity: choice })}
                />
                {choice === 'hour' ? words.hour : words.dayPart}
              </label>
            ))}
          </fieldset>
          <fieldset class={form.fieldset}>
            <legend class={form.legend}>{words.timingTitle}</legend>
            {timingSettings.map(numberField)}
          </fieldset>
          <fieldset class={form.fieldset}>
            <legend class={form.legend}>{words.crisisTitle}</legend>
            {crisisLanguages.map((language) => {
              const line = fields.crisisLines[language];
              const setLine = (change: Partial<typeof line>) =>
                set({ crisisLines: { ...fields.crisisLines, [language]: { ...line, ...change } } });
              return (
                <fieldset key={language} class={form.fieldset}>
                  <legend class={form.legend}>{words.crisisLineIn[language]}</legend>
                  <div class={form.grid}>
                    <Field
                      type="text"
                      label={words.crisisName}
                      value={line.name}
                      maxLength={settingTextMaxLength.crisisName}
                      onChange={(name) => setLine({ name })}
                    />
                    <Field
                      type="text"
                      label={words.crisisNumber}
                      value={line.number}
                      maxLength={settingTextMaxLength.crisisNumber}
                      onChange={(number) => setLine({ number })}
                    />
                    <Field
                      type="text"
                      label={words.crisisHours}
                      value={line.hours}
                      maxLength={settingTextMaxLength.crisisHours}
                      onChange={(hours) => setLine({ hours })}
                    />
                  </div>
                </fieldset>
              );
            })}
            <Field
              type="multiline"
              label={words.settingNames.centreContact}
              hint={words.centreContactHint}
              value={fields.centreContact}
              maxLength={settingTextMaxLength.centreContact}
              onChange={(centreContact) => set({ centreContact })}
            />
          </fieldset>
          <fieldset class={form.fieldset}>
            <legend class={form.legend}>{words.storageTitle}</legend>
            {storageSettings.map(numberField)}
          </fieldset>
          <SaveActions label={words.save} busy={busy} outcome={outcome} sticky />
        </form>
      )}
    </section>
  );
}

/** A problem found in the fields, in reception's words, naming the field. */
function problemText(problem: FieldProblem, words: AdminDictionary): string {
  if ('notWhole' in problem) return words.wholeNumber(words.settingNames[problem.notWhole]);
  if ('outOfRange' in problem)
    return words.outOfRange(words.settingNames[problem.outOfRange], numberSettingRanges[problem.outOfRange]);
  const line = words.crisisLineIn[problem.crisisLine];
  if ('notPhoneNumber' in problem) return words.notPhoneNumber(line);
  return problem.missing === 'name' ? words.crisisNameMissing(line) : words.crisisNumberMissing(line);
}

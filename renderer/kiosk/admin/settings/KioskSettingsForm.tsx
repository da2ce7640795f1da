import { useId, useState } from 'preact/hooks';
import type { KioskSettings } from '../../../../shared/kiosk-settings.ts';
import {
  numberSettingRanges,
  settingTextMaxLength,
  type NumberSetting,
} from '../../../../shared/setting-limits.ts';
import type { AdminDictionary } from '../../../i18n/admin/index.ts';
import { useAdminSession } from '../admin-session.ts';
import { editPart } from '../edit.ts';
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
  type CrisisLanguage,
  type FieldProblem,
  type SettingsForm,
} from './settings-form.ts';

type Props = { stored: KioskSettings; onSaved(settings: KioskSettings): void };

/**
 * The kiosk's settings in one form. Save sends only what was changed, all or none: the core
 * checks every value, logs each change, and its refusal names the value it would not take.
 * The stored settings are read once, here, so nothing draws them again over a value being typed;
 * a finished save puts them back as the core keeps them (trimmed).
 */
export function KioskSettingsForm({ stored, onSaved }: Props) {
  const { words, call } = useAdminSession();
  const [fields, setFields] = useState(() => formOf(stored));
  const { outcome, busy, save, refuse, setOutcome } = useSave();
  const granularity = useId();

  function submit() {
    if (fields.languages.length === 0) return refuse(words.offerAtLeastOne);
    const wanted = settingsOf(fields);
    if (!('settings' in wanted)) return refuse(problemText(wanted, words));
    const patch = changesFrom(stored, wanted.settings);
    if (Object.keys(patch).length === 0) return setOutcome({ tone: 'done', message: words.nothingChanged });
    void save(call('admin.updateSettings', { patch }), (updated) => {
      onSaved(updated);
      setFields(formOf(updated));
      return words.saved;
    });
  }

  const set = (change: Partial<SettingsForm>) => setFields((previous) => ({ ...previous, ...change }));
  const setNumber = (key: NumberSetting, value: string) =>
    setFields((previous) => ({ ...previous, numbers: { ...previous.numbers, [key]: value } }));
  const setLine = (language: CrisisLanguage, change: Partial<SettingsForm['crisisLines'][CrisisLanguage]>) =>
    setFields((previous) => ({
      ...previous,
      crisisLines: { ...previous.crisisLines, [language]: { ...previous.crisisLines[language], ...change } },
    }));
  const numberField = (key: NumberSetting) => (
    <Field
      key={key}
      type="number"
      label={words.settingNames[key]}
      hint={`${words.numberHints[key]} ${words.allowedRange(numberSettingRanges[key])}`}
      value={fields.numbers[key]}
      onChange={(value) => setNumber(key, value)}
    />
  );

  return (
    <form
      class={form.section}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
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
      <LanguagesField offered={fields.languages} onEdit={editPart(setFields, 'languages')} />
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
          return (
            <fieldset key={language} class={form.fieldset}>
              <legend class={form.legend}>{words.crisisLineIn[language]}</legend>
              <div class={form.grid}>
                <Field
                  type="text"
                  label={words.crisisName}
                  value={line.name}
                  maxLength={settingTextMaxLength.crisisName}
                  onChange={(name) => setLine(language, { name })}
                />
                <Field
                  type="text"
                  label={words.crisisNumber}
                  value={line.number}
                  maxLength={settingTextMaxLength.crisisNumber}
                  onChange={(number) => setLine(language, { number })}
                />
                <Field
                  type="text"
                  label={words.crisisHours}
                  value={line.hours}
                  maxLength={settingTextMaxLength.crisisHours}
                  onChange={(hours) => setLine(language, { hours })}
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

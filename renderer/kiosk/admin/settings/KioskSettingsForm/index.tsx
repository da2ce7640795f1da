import { useId, useState } from 'preact/hooks';
import type { KioskSettings } from '../../../../../shared/kiosk-settings.ts';
import {
  numberSettingRanges,
  settingTextMaxLength,
  type NumberSetting,
} from '../../../../../shared/setting-limits.ts';
import { Field } from '../../../../components/Field/index.tsx';
import { Fieldset } from '../../../../components/Fieldset/index.tsx';
import { Choice, Grid, Hint, Section } from '../../../../components/FormLayout/index.tsx';
import type { AdminDictionary } from '../../../../i18n/admin/index.ts';
import { useAdminSession } from '../../useAdminSession.ts';
import { editPart } from '../../edit.ts';
import { SaveActions } from '../../SaveActions/index.tsx';
import { useSave } from '../../useSave.ts';
import { LanguagesField } from '../LanguagesField/index.tsx';
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
} from '../settings-form.ts';

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
    <Section
      as="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Fieldset legend={words.namesTitle}>
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
      </Fieldset>
      <LanguagesField offered={fields.languages} onEdit={editPart(setFields, 'languages')} />
      <Fieldset legend={words.timeTitle}>
        <Hint>{words.timeHint}</Hint>
        {(['day-part', 'hour'] as const).map((choice) => (
          <Choice key={choice}>
            <input
              type="radio"
              name={granularity}
              checked={fields.timeGranularity === choice}
              onChange={() => set({ timeGranularity: choice })}
            />
            {choice === 'hour' ? words.hour : words.dayPart}
          </Choice>
        ))}
      </Fieldset>
      <Fieldset legend={words.timingTitle}>{timingSettings.map(numberField)}</Fieldset>
      <Fieldset legend={words.crisisTitle}>
        {crisisLanguages.map((language) => {
          const line = fields.crisisLines[language];
          return (
            <Fieldset key={language} legend={words.crisisLineIn[language]}>
              <Grid>
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
              </Grid>
            </Fieldset>
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
      </Fieldset>
      <Fieldset legend={words.storageTitle}>{storageSettings.map(numberField)}</Fieldset>
      <SaveActions label={words.save} busy={busy} outcome={outcome} sticky />
    </Section>
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

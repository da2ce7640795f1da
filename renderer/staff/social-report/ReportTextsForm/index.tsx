import { useEffect, useState } from 'preact/hooks';
import type { ReportPeriod } from '../../../../shared/report-period.ts';
import { reportTextLimit } from '../../../../shared/report-texts.ts';
import { Button } from '../../../components/Button/index.tsx';
import { Field } from '../../../components/Field/index.tsx';
import { Actions, Section } from '../../../components/FormLayout/index.tsx';
import { Notice, type Outcome } from '../../../components/Notice/index.tsx';
import { useStaff } from '../../useStaff.ts';

type Props = { period: ReportPeriod; onSaved(): void };

/**
 * The words staff type into the period's report after the client panel met: the panel's own
 * words and what the centre changed. Saved together; a refusal keeps what was typed.
 */
export function ReportTextsForm({ period, onSaved }: Props) {
  const { api, words: staffWords, language } = useStaff();
  const words = staffWords.socialReport;
  const [panelWords, setPanelWords] = useState('');
  const [centreChanges, setCentreChanges] = useState('');
  const [outcome, setOutcome] = useState<Outcome>();
  const periodKey = JSON.stringify(period);

  useEffect(() => {
    setOutcome(undefined);
    void api.call('staff.reportTexts', { period }).then((result) => {
      if (!result.ok) return setOutcome({ tone: 'problem', message: result.error.message });
      setPanelWords(result.value.panelWords);
      setCentreChanges(result.value.centreChanges);
    });
  }, [periodKey]);

  const save = (event: Event) => {
    event.preventDefault();
    setOutcome({ tone: 'working', message: words.saving });
    void api.call('staff.saveReportTexts', { period, panelWords, centreChanges }).then((result) => {
      if (!result.ok)
        return setOutcome({ tone: 'problem', message: staffWords.notDone(result.error.message) });
      setOutcome({ tone: 'done', message: words.saved });
      onSaved();
    });
  };

  return (
    <Section as="form" aria-label={words.textsLegend} onSubmit={save}>
      <Field
        label={words.panelLabel}
        hint={words.panelHint}
        type="multiline"
        value={panelWords}
        maxLength={reportTextLimit}
        lang={language}
        onChange={setPanelWords}
      />
      <Field
        label={words.changesLabel}
        type="multiline"
        value={centreChanges}
        maxLength={reportTextLimit}
        lang={language}
        onChange={setCentreChanges}
      />
      <Actions>
        <Button look="primary" type="submit">
          {words.saveTexts}
        </Button>
        <Notice outcome={outcome} inRow />
      </Actions>
    </Section>
  );
}

import { useId, useState } from 'preact/hooks';
import type { Input } from '../../../../shared/contract/index.ts';
import type { ReportFilter } from '../../../../shared/contract/staff-reading.ts';
import { Button } from '../../../components/Button/index.tsx';
import { Card } from '../../../components/Card/index.tsx';
import { Fieldset } from '../../../components/Fieldset/index.tsx';
import { Actions, Choice, Note, Subheading } from '../../../components/FormLayout/index.tsx';
import { Notice, type Outcome } from '../../../components/Notice/index.tsx';
import { TextField } from '../../../components/TextField/index.tsx';
import { useStaff } from '../../useStaff.ts';

type Kind = Input<'staff.exportCsv'>['kind'];
const kinds: readonly Kind[] = ['aggregates', 'answers'];

/**
 * Saves what the filter shows as a CSV file for a spreadsheet: the counts, or one coarse row per
 * answer. Staff name the folder; the tool names the file and says where it went. Self-contained,
 * so whichever screen holds a filter can place it.
 */
export function SaveCsv({ filter }: { filter: ReportFilter }) {
  const { api, words } = useStaff();
  const text = words.csv;
  const titleId = useId();
  const kindName = useId();
  const [kind, setKind] = useState<Kind>('aggregates');
  const [folder, setFolder] = useState('');
  const [outcome, setOutcome] = useState<Outcome>();

  async function save() {
    if (folder.trim() === '') return setOutcome({ tone: 'problem', message: text.folderMissing });
    setOutcome({ tone: 'working', message: text.saving });
    const result = await api.call('staff.exportCsv', { kind, filter, folder: folder.trim() });
    setOutcome(
      result.ok
        ? { tone: 'done', message: text.saved(result.value.file) }
        : { tone: 'problem', message: words.notDone(result.error.message) },
    );
  }

  return (
    <Card
      as="form"
      aria-labelledby={titleId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Subheading level={3} id={titleId}>
        {text.title}
      </Subheading>
      <Note>{text.intro}</Note>
      <Fieldset legend={text.kindLegend}>
        {kinds.map((each) => (
          <Choice key={each}>
            <input type="radio" name={kindName} checked={kind === each} onChange={() => setKind(each)} />
            {text.kinds[each]}
          </Choice>
        ))}
      </Fieldset>
      {/* The folder is the only thing typed, so a refusal marks it. */}
      <TextField
        label={text.folderLabel}
        hint={text.folderHint}
        value={folder}
        autocomplete="off"
        invalid={outcome?.tone === 'problem'}
        onInput={setFolder}
      />
      <Actions>
        <Button look="primary" type="submit" disabled={outcome?.tone === 'working'}>
          {text.submit}
        </Button>
        <Notice outcome={outcome} inRow />
      </Actions>
    </Card>
  );
}

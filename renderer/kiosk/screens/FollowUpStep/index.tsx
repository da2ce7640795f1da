import type { Chip } from '../../../../shared/domain.ts';
import { pickText, type Language } from '../../../../shared/languages.ts';
import { Button } from '../../../components/Button/index.tsx';
import { text } from '../../../i18n/index.ts';
import { isPictogramName, Pictogram } from '../../../pictograms/index.ts';
import { Option, Options } from '../Options/index.tsx';
import { Screen, ScreenTitle } from '../Screen/index.tsx';
import { StepActions } from '../StepActions/index.tsx';

type Props = {
  chips: readonly Chip[];
  language: Language;
  onChoose(chipId: string): void;
  onSkip(): void;
  onChangeAnswer(): void;
};

/**
 * The optional "what mattered most?" after an answer: one tap on a chip, or skip, or back to the
 * faces to change the answer.
 */
export function FollowUpStep({ chips, language, onChoose, onSkip, onChangeAnswer }: Props) {
  const words = text(language);
  return (
    <Screen>
      <ScreenTitle>{words.followUpTitle}</ScreenTitle>
      <Options label={words.followUpChoices}>
        {chips.map((chip) => (
          <Option key={chip.id} onChoose={() => onChoose(chip.id)}>
            {chip.pictogram !== undefined && isPictogramName(chip.pictogram) && (
              <Pictogram name={chip.pictogram} />
            )}
            {pickText(chip.texts, language)}
          </Option>
        ))}
      </Options>
      <StepActions changeLabel={words.changeAnswer} onChange={onChangeAnswer}>
        <Button look="largeSecondary" onClick={onSkip}>
          {words.skip}
        </Button>
      </StepActions>
    </Screen>
  );
}

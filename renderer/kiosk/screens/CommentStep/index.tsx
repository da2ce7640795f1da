import { useRef } from 'preact/hooks';
import { maxCommentLength } from '../../../../shared/comment.ts';
import type { Language } from '../../../../shared/languages.ts';
import { scrubFreeText } from '../../../../shared/scrub/index.ts';
import { Button } from '../../../components/Button/index.tsx';
import { OnScreenKeyboard } from '../../../components/Keyboard/index.tsx';
import type { Dictionary } from '../../../i18n/fi.ts';
import { StepActions } from '../StepActions/index.tsx';
import layout from './style.module.css';

type Props = {
  words: Dictionary;
  /** Picks the on-screen keyboard's layout; the language `words` are in. */
  language: Language;
  /** The words typed so far, which the flow keeps while the person goes back to change the answer. */
  text: string;
  onType(text: string): void;
  onSend(): void;
  onSkip(): void;
  onChangeAnswer(): void;
};

/**
 * The optional words after a tap. The answer is already saved, so skipping or walking away loses
 * nothing; a client who walks away meets the kiosk's idle warning, then the start, and the
 * unfinished text goes with this component. As the client types, the text is scrubbed here with
 * the same function the kiosk core uses, and whatever would be taken out is shown before
 * sending: what they approve is what is kept. Names, street addresses and the like cannot be
 * told from ordinary words, so the scrubber leaves them; the notice above the field asks the
 * client not to write them, before the first key, and is the field's description for a screen
 * reader. The on-screen keys type into the same textarea as a physical keyboard would. Going
 * back to change the answer keeps the words typed: they are here again when the person returns.
 */
export function CommentStep({ words, language, text, onType, onSend, onSkip, onChangeAnswer }: Props) {
  const field = useRef<HTMLTextAreaElement>(null);
  const preview = scrubFreeText(text.trim());

  return (
    <main class={layout.screen}>
      <h1 class={layout.title}>{words.commentTitle}</h1>
      <form
        class={layout.form}
        onSubmit={(event) => {
          event.preventDefault();
          if (preview.text !== '') onSend();
        }}
      >
        <div class={layout.writing}>
          <div class={layout.comment}>
            <label for="comment" class={layout.commentLabel}>
              {words.commentLabel}
            </label>
            <p id="comment-notice" class={layout.notice}>
              {words.commentPrivacyNotice}
            </p>
            {/*
              inputMode none: a touch screen's own keyboard would cover ours and the buttons, and
              its word suggestions learn what clients type, which an anonymous kiosk must not keep.
              A physical keyboard still types here as usual.
            */}
            <textarea
              ref={field}
              id="comment"
              class={layout.textarea}
              maxLength={maxCommentLength}
              rows={3}
              inputMode="none"
              aria-describedby="comment-notice comment-counter"
              value={text}
              onInput={(event) => onType(event.currentTarget.value)}
            />
            <p id="comment-counter" class={layout.hint}>
              {words.commentCounter(text.length, maxCommentLength)}
            </p>
          </div>
          <div class={layout.side}>
            {preview.removed.length > 0 && (
              <section class={layout.preview} aria-live="polite">
                <p>
                  {words.commentPreview}{' '}
                  {[...new Set(preview.removed)].map((kind) => words.removedKinds[kind]).join(', ')}.
                </p>
                <p class={layout.previewText}>{preview.text}</p>
              </section>
            )}
            <StepActions class={layout.actions} changeLabel={words.changeAnswer} onChange={onChangeAnswer}>
              <Button look="largeSecondary" onClick={onSkip}>
                {words.skip}
              </Button>
              <Button look="large" type="submit" disabled={preview.text === ''}>
                {words.send}
              </Button>
            </StepActions>
          </div>
        </div>
        <OnScreenKeyboard language={language} words={words.keyboard} field={field} />
      </form>
    </main>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { maxCommentLength } from '../../shared/comment.ts';
import { scrubFreeText } from '../../shared/scrub/index.ts';
import type { Dictionary } from '../i18n/fi.ts';
import styles from './style.module.css';

/** With no typing for this long the unfinished text is dropped and the kiosk returns to start. */
export const commentIdleMs = 60_000;

type Props = {
  words: Dictionary;
  onSend(text: string): void;
  onSkip(): void;
  /** The client walked away: drop the text and go back to the start. */
  onIdle(): void;
};

/**
 * The optional words after a tap. The answer is already saved, so skipping or walking away loses
 * nothing. As the client types, the text is scrubbed here with the same function the kiosk core
 * uses, and whatever would be taken out is shown before sending: what they approve is what is kept.
 */
export function CommentStep({ words, onSend, onSkip, onIdle }: Props) {
  const [text, setText] = useState('');
  const preview = scrubFreeText(text.trim());

  useEffect(() => {
    const timer = setTimeout(onIdle, commentIdleMs);
    return () => clearTimeout(timer);
  }, [text]);

  return (
    <main class={styles.screen}>
      <h1 class={styles.question}>{words.commentTitle}</h1>
      <form
        class={styles.comment}
        onSubmit={(event) => {
          event.preventDefault();
          if (preview.text !== '') onSend(text);
        }}
      >
        <label for="comment" class={styles.commentLabel}>
          {words.commentLabel}
        </label>
        <p id="comment-hint" class={styles.hint}>
          {words.commentHint}
        </p>
        <textarea
          id="comment"
          class={styles.textarea}
          maxLength={maxCommentLength}
          rows={3}
          aria-describedby="comment-hint comment-counter"
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <p id="comment-counter" class={styles.hint}>
          {words.commentCounter(text.length, maxCommentLength)}
        </p>
        {preview.removed.length > 0 && (
          <section class={styles.preview} aria-live="polite">
            <p>
              {words.commentPreview} {[...new Set(preview.removed)].map((kind) => words.removedKinds[kind]).join(', ')}.
            </p>
            <p class={styles.previewText}>{preview.text}</p>
          </section>
        )}
        <div class={styles.actions}>
          <button type="button" class={styles.secondaryButton} onClick={onSkip}>
            {words.skip}
          </button>
          <button type="submit" class={styles.bigButton} disabled={preview.text === ''}>
            {words.send}
          </button>
        </div>
      </form>
    </main>
  );
}

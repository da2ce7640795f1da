import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  keyboardLayouts,
  type KeyboardLayer,
  type KeyboardLayout,
} from '../../../renderer/components/Keyboard/layouts.ts';
import { languages } from '../../../shared/languages.ts';

const charactersOn = (layout: KeyboardLayout, layer: KeyboardLayer) =>
  layout[layer].flat().flatMap((key) => (key.type === 'character' ? [key.character] : []));

/** What the letters layer offers, and what the layers its keys open offer: all one tap away. */
function withinOneTap(layout: KeyboardLayout): Set<string> {
  const opened = layout.letters.flat().flatMap((key) => (key.type === 'layer' ? [key.layer] : []));
  return new Set([
    ...charactersOn(layout, 'letters'),
    ...opened.flatMap((layer) => charactersOn(layout, layer)),
  ]);
}

for (const language of languages) {
  const layout = keyboardLayouts[language];

  test(`${language}: å ä ö š ž é ü, the digits and everyday punctuation are at most one tap from the letters`, () => {
    const reachable = withinOneTap(layout);
    for (const character of [...'åäöšžéü', ...'0123456789', ...".,?!-':()€%"]) {
      assert.ok(reachable.has(character), `${character} is not one tap away`);
    }
  });

  test(`${language}: every layer has backspace, space and a way back to the letters; shift wherever there are letters`, () => {
    for (const layer of ['letters', 'accents', 'numbers'] as const) {
      const keys = layout[layer].flat();
      assert.ok(
        keys.some((key) => key.type === 'backspace'),
        `${layer} has no backspace`,
      );
      assert.ok(
        keys.some((key) => key.type === 'space'),
        `${layer} has no space bar`,
      );
      const hasLetters = charactersOn(layout, layer).some(
        (character) => character.toUpperCase() !== character,
      );
      assert.equal(
        keys.some((key) => key.type === 'shift'),
        hasLetters,
        `${layer}: shift where there are letters`,
      );
      if (layer !== 'letters')
        assert.ok(
          keys.some((key) => key.type === 'layer' && key.layer === 'letters'),
          `${layer} has no way back`,
        );
    }
  });
}

test('Finnish, Swedish and easy Finnish have å ä ö on the letters themselves, as on their physical keyboards', () => {
  for (const language of ['fi', 'sv', 'selko'] as const) {
    const letters = charactersOn(keyboardLayouts[language], 'letters');
    for (const character of 'åäö') assert.ok(letters.includes(character), `${language} lacks ${character}`);
  }
});

/**
 * The names of the pictograms a question may use, apart from their images, so the admin view's
 * words and the tests can know them without the image files only a build bundles.
 */
/** Every pictogram's stable name, as questions refer to it; never rename one a question may use. */
export const pictogramNames = [
  'thumbs-up',
  'thumbs-down',
  'shrug',
  'people-talking',
  'listening-ear',
  'handshake',
  'clock',
  'coffee',
  'sandwich',
  'house',
  'shield',
  'broom',
  'calendar',
  'information',
  'heart',
  'light-bulb',
  'question',
  'telephone',
  'help',
] as const;

export type PictogramName = (typeof pictogramNames)[number];

/** Narrows a name taken from a question to one this kiosk can draw; an unknown one shows text only. */
export function isPictogramName(name: string): name is PictogramName {
  return (pictogramNames as readonly string[]).includes(name);
}

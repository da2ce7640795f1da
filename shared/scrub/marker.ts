/**
 * What the client sees, and what is stored, where personal data was taken out: the same in every
 * language.
 *
 * Dots are what people already know from PIN pads and password fields: something is hidden here.
 * A word would need translating, and a pictogram per kind (☎, ✉) asks a reader who struggles
 * with text to decode a symbol and depends on the kiosk's emoji font. The kind of each removal is
 * returned beside the text instead, so the screen can say in the client's own language what was
 * taken out. The marker holds no letter, digit, `@`, `+` or round bracket, so no detector matches
 * it or joins it to the text around it, and scrubbing scrubbed text changes nothing.
 */
export const scrubMarker = '[•••]';

/**
 * Ids for follow-up chips reception adds. The contract needs one per chip (answers store it), and
 * reception should never have to invent one: it is made from the Finnish text, e.g. "Sain apua"
 * → `sain-apua`, with a number added where another chip of the question already has it.
 */
const maxLength = 64;

export function slugOf(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, maxLength - 3)
    .replace(/-+$/, '');
  return slug === '' ? 'choice' : slug;
}

/** Keeps the ids chips already have (answers point at them) and gives the rest unique new ones. */
export function assignChipIds(chips: readonly { id: string | undefined; fi: string }[]): string[] {
  const taken = new Set(chips.flatMap((chip) => (chip.id === undefined ? [] : [chip.id])));
  return chips.map((chip) => {
    if (chip.id !== undefined) return chip.id;
    const base = slugOf(chip.fi);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}

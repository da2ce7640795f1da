/**
 * The address of a page made for printing: the social report or the poster, the language it is
 * written in, and the filter, all in the query so the command line's Chromium and a person's
 * browser open the same page. Zod-free for the renderer; the filter is checked by the contract
 * when the page asks for its data.
 */
export const printPages = ['report', 'poster'] as const;
export type PrintPage = (typeof printPages)[number];

export const printLanguages = ['fi', 'sv', 'en'] as const;
export type PrintLanguage = (typeof printLanguages)[number];

export type PrintRequest = { page: PrintPage; language: PrintLanguage; filter: unknown };

export function printPageQuery({ page, language, filter }: PrintRequest): string {
  return `?${new URLSearchParams({ print: page, lang: language, filter: JSON.stringify(filter) })}`;
}

/** The print page a query asks for; null for any other page, or for a filter that is not JSON. */
export function readPrintPageQuery(query: string): PrintRequest | null {
  const params = new URLSearchParams(query);
  const page = printPages.find((name) => name === params.get('print'));
  if (!page) return null;
  const language = printLanguages.find((name) => name === params.get('lang')) ?? 'fi';
  try {
    return { page, language, filter: JSON.parse(params.get('filter') ?? 'null') };
  } catch {
    return { page, language, filter: null };
  }
}

/**
 * The attribute a print page sets on <html> once its data is drawn (`drawn`), or could not be
 * (`failed`, with the reason in an alert): what the command line's Chromium waits for.
 */
export const printReadyAttribute = 'data-print-ready';

/**
 * Reads back a CSV as the project writes it (electron/core/csv/write-csv.ts): byte order mark,
 * ";" between fields, CRLF after every row, RFC 4180 quotes. Strict, so a test fails on any
 * stray quote or bare line feed instead of guessing what a spreadsheet would make of it.
 */
export function readCsv(text: string): string[][] {
  if (!text.startsWith('\uFEFF')) throw new Error('the CSV does not start with a byte order mark');
  const rows: string[][] = [];
  let row: string[] = [];
  let at = 1;
  while (at < text.length) {
    let field = '';
    if (text[at] === '"') {
      at += 1;
      for (;;) {
        const quote = text.indexOf('"', at);
        if (quote < 0) throw new Error('a quoted field never ends');
        field += text.slice(at, quote);
        at = quote + 1;
        if (text[at] !== '"') break;
        field += '"';
        at += 1;
      }
    } else {
      const end = /[;\r\n"]/g;
      end.lastIndex = at;
      const found = end.exec(text);
      if (found?.[0] === '"') throw new Error(`a quote inside an unquoted field at ${found.index}`);
      const stop = found ? found.index : text.length;
      field = text.slice(at, stop);
      at = stop;
    }
    row.push(field);
    if (text[at] === ';') {
      at += 1;
    } else if (text.startsWith('\r\n', at)) {
      rows.push(row);
      row = [];
      at += 2;
    } else {
      throw new Error(`expected ; or CRLF after a field at ${at}`);
    }
  }
  if (row.length > 0) throw new Error('the last row does not end with CRLF');
  return rows;
}

/** The rows as records keyed by the header's names (`Name`: the names a test reads). */
export function readCsvRecords<Name extends string>(
  text: string,
): { header: string[]; records: Record<Name, string>[] } {
  const [header, ...rows] = readCsv(text);
  if (!header) throw new Error('the CSV has no header');
  for (const row of rows) {
    if (row.length !== header.length)
      throw new Error(`a row has ${row.length} fields, the header ${header.length}`);
  }
  return {
    header,
    records: rows.map(
      (row) => Object.fromEntries(header.map((name, i) => [name, row[i]!])) as Record<Name, string>,
    ),
  };
}

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import type { Dashboard } from '../../shared/contract/staff-reading.ts';
import { pickText } from '../../shared/languages.ts';
import { runCli } from '../helpers/cli.ts';
import { cliPath, nodeBinary } from '../helpers/project.ts';
import { fillWithReportScene, reportScene } from '../helpers/report-data.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const quarter = ['--from', reportScene.from, '--to', reportScene.to, '--centre', reportScene.centre];

/** The PDF's text, page by page, as poppler's pdftotext lays it out. */
function pagesOf(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((page) => page.trim() !== '');
}

/** Renders every page to a PNG, as a person would look at them, and lists the images. */
function picturesOf(pdf: string): string[] {
  const folder = tempDir();
  execFileSync('pdftoppm', ['-png', '-r', '40', pdf, join(folder, 'page')]);
  return readdirSync(folder).filter((name) => name.endsWith('.png'));
}

/** A sentence as pdftotext may break it over lines. */
const wrapped = (sentence: string) =>
  new RegExp(sentence.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll(' ', '\\s+'));

describe('staff report --format pdf', () => {
  const data = tempDir();
  let kioskId: string;
  before(async () => {
    ({ kioskId } = await fillWithReportScene(data, 'a passphrase for the report test', { workFactor: 10 }));
  });

  test('the social report PDF names the centre, shows every question with its table on one page, hides small counts and says what is missing', () => {
    const out = join(tempDir(), 'report.pdf');
    const printed = runCli([
      'staff',
      'report',
      '--data',
      data,
      ...quarter,
      '--format',
      'pdf',
      '--out',
      out,
      '--page-language',
      'en',
    ]);
    assert.equal(printed.status, 0, printed.stderr);
    assert.equal(printed.stdout, `Wrote the social report to ${out}\n`);

    const pages = pagesOf(out);
    const all = pages.join('\n');
    assert.ok(pages.length >= 2, `eight questions take more than a page, got ${pages.length}`);
    assert.equal(picturesOf(out).length, pages.length);
    assert.match(all, /Centre\s+Kalliokoti/);
    assert.match(all, /01\/10\/2026–31\/12\/2026/);
    assert.match(all, wrapped(`Kiosk ${kioskId}: batch 2 never arrived, so answers given then are missing.`));
    assert.match(all, /Raati toivoo, että kahvia olisi myös iltapäivällä\./);
    assert.match(all, /Keitämme nyt kahvia kahdesti päivässä\./);
    assert.match(all, wrapped(reportScene.selectedComment), 'the comment staff selected');
    assert.doesNotMatch(all, wrapped(reportScene.otherComment), 'and no other');
    assert.match(all, /Counts under 5 answers are not shown/);
    assert.match(all, /Item THL-OS-1/);
    assert.match(pages[0]!, /\b1\s*\/\s*\d/, 'pages are numbered');

    const dashboard = JSON.parse(runCli(['staff', 'report', '--data', data, ...quarter]).stdout) as Dashboard;
    const titles = dashboard.questions.map((question) => pickText(question.texts, 'en'));
    assert.equal(titles.length, 8);
    for (const question of dashboard.questions) {
      const title = pickText(question.texts, 'en');
      const page = pages.find((text) => text.includes(title));
      assert.ok(page, `"${title}" is in the report`);
      // Its block runs from its title to the next title on the page; its table's total is in it.
      const start = page.indexOf(title);
      const next = Math.min(
        ...titles.map((other) => page.indexOf(other, start + title.length)).filter((at) => at !== -1),
        page.length,
      );
      const total = question.total === null ? 'fewer than 5' : String(question.total);
      assert.match(
        page.slice(start, next),
        new RegExp(`Total\\s+${total}`),
        `"${title}" and its table share a page`,
      );
    }
    const feltHeard = dashboard.questions.find((q) => q.questionId === reportScene.hiddenQuestion)!;
    assert.equal(feltHeard.cells[0]!.count, null);
    assert.match(all, /Very bad\s+fewer than 5/, 'two sad faces are "fewer than 5", never 0 or 2');
    assert.match(all, /Total\s+14/);
  });

  test('the poster is one page of easy Finnish from the shown figures only', () => {
    const out = join(tempDir(), 'poster.pdf');
    const printed = runCli([
      'staff',
      'report',
      '--data',
      data,
      ...quarter,
      '--poster',
      '--format',
      'pdf',
      '--out',
      out,
    ]);
    assert.equal(printed.status, 0, printed.stderr);
    const pages = pagesOf(out);
    assert.equal(pages.length, 1);
    assert.equal(picturesOf(out).length, 1);
    const [poster] = pages as [string];
    assert.match(poster, /Saitko tänään apua, jota tarvitsit\?/);
    assert.match(poster, /Saimme 15 vastausta\./);
    assert.doesNotMatch(poster, /Saimme 13 vastausta/, 'a third question is left to the report');
    assert.match(poster, /Saimme 14 vastausta\.\s/, 'with sad faces hidden, nothing is said about most');
    assert.doesNotMatch(poster, /Saimme 14 vastausta\. Useimmat/);
    assert.match(poster, /alle 5/);
    assert.doesNotMatch(poster, /Voitko luottaa/, 'a question with 3 answers is not on the poster');
  });

  test('the poster as json is its model, with at most two questions', () => {
    const printed = runCli([
      'staff',
      'report',
      '--data',
      data,
      ...quarter,
      '--poster',
      '--page-language',
      'en',
    ]);
    assert.equal(printed.status, 0, printed.stderr);
    const poster = JSON.parse(printed.stdout);
    assert.equal(poster.language, 'en');
    assert.deepEqual(
      poster.questions.map((q: { total: number }) => q.total),
      [15, 14],
    );
  });

  test('without a Chromium the command says what to install or set, and writes nothing', () => {
    const out = join(tempDir(), 'never.pdf');
    const args = [cliPath, 'staff', 'report', '--data', data, ...quarter, '--format', 'pdf', '--out', out];
    const named = spawnSync(nodeBinary, args, {
      encoding: 'utf8',
      env: { ...process.env, KUULLUKSI_CHROMIUM: '/nowhere/chromium' },
    });
    assert.equal(named.status, 1);
    assert.match(
      named.stderr,
      /KUULLUKSI_CHROMIUM names \/nowhere\/chromium, which is not a program that can be run/,
    );
    const none = spawnSync(nodeBinary, args, {
      encoding: 'utf8',
      env: { ...process.env, KUULLUKSI_CHROMIUM: '', PATH: tempDir() },
    });
    assert.equal(none.status, 1);
    assert.match(none.stderr, /apt-get install chromium\), or set KUULLUKSI_CHROMIUM/);
    assert.deepEqual(readdirSync(join(out, '..')), []);
  });

  test('flags that cannot go together are refused by name', () => {
    for (const [args, message] of [
      [['--format', 'pdf'], /--format pdf needs --out FILE/],
      [['--poster', '--format', 'csv'], /--poster is a pdf or json, not csv/],
      [['--without-repeats'], /--without-repeats is gone: .* give --include-repeats to count them/],
      [['--format', 'xml'], /--format must be json, csv or pdf, not "xml"/],
    ] as const) {
      const refused = runCli(['staff', 'report', '--data', data, ...args]);
      assert.equal(refused.status, 2, args.join(' '));
      assert.match(refused.stderr, message);
    }
  });
});

// node --test scripts/review.test.mjs: the contact sheet's pure helpers (scripts/review.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeHtml, groupEntries, href, indexHtml, sectionId } from './review-index.mjs';
import {
  fileName,
  formatDuration,
  padded,
  parseReviewArgs,
  pdfPageFiles,
  sizeLabel,
  slideCount,
} from './review-options.mjs';

test('with no option it builds and captures everything in both languages into review/', () => {
  assert.deepEqual(parseReviewArgs([]), {
    build: true,
    languages: ['fr', 'en'],
    parts: ['page', 'deck', 'print', 'pptx', 'chart'],
    out: 'review',
    help: false,
  });
});

test('options narrow the run, in either spelling, and keep the documented order', () => {
  const options = parseReviewArgs([
    '--no-build',
    '--lang',
    'en',
    '--only=chart,deck',
    '--out',
    'x',
  ]);
  assert.equal(options.build, false);
  assert.deepEqual(options.languages, ['en']);
  assert.deepEqual(options.parts, ['deck', 'chart']);
  assert.equal(options.out, 'x');
  assert.deepEqual(parseReviewArgs(['--lang=en,fr,en']).languages, ['fr', 'en']);
  assert.equal(parseReviewArgs(['--help']).help, true);
});

test('a wrong option says what is wrong', () => {
  assert.throws(() => parseReviewArgs(['--lang', 'pt']), /--lang: unknown pt/);
  assert.deepEqual(parseReviewArgs(['--lang', 'ru,ar,de']).languages, ['ar', 'ru', 'de']);
  assert.throws(() => parseReviewArgs(['--only', 'slides']), /--only: unknown slides/);
  assert.throws(() => parseReviewArgs(['--only', ',']), /--only needs at least one/);
  assert.throws(() => parseReviewArgs(['--out']), /--out needs a value/);
  assert.throws(() => parseReviewArgs(['--out', '--no-build']), /--out needs a value/);
  assert.throws(() => parseReviewArgs(['--fast']), /unknown option --fast/);
});

test('file names are lower-case words joined by dashes, sizes with an x', () => {
  assert.equal(fileName(['page', 'fr', '1280×900', 'dark'], 'png'), 'page-fr-1280x900-dark.png');
  assert.equal(fileName(['Handout', 'en', 'A4', undefined], 'pdf'), 'handout-en-a4.pdf');
  assert.equal(
    fileName(['deck', 'en', sizeLabel({ width: 1024, height: 768 }), padded(3)], 'png'),
    'deck-en-1024x768-03.png',
  );
});

test('durations read in seconds, then minutes', () => {
  assert.equal(formatDuration(4_400), '4 s');
  assert.equal(formatDuration(67_000), '1 min 07 s');
  assert.equal(formatDuration(600_000), '10 min 00 s');
});

test('the slide count comes from the deck counter in either language', () => {
  assert.equal(slideCount('Diapositive 1 / 13'), 13);
  assert.equal(slideCount('Slide 4\u202f/\u202f12 '), 12);
  assert.equal(slideCount('Diapositive'), null);
});

test("pdftoppm's page files are found whatever their padding, in page order", () => {
  const files = ['deck-fr-10.png', 'deck-fr-02.png', 'deck-fr-1.png', 'deck-en-01.png', 'x.pdf'];
  assert.deepEqual(
    pdfPageFiles(files, 'deck-fr').map(({ name }) => name),
    ['deck-fr-1.png', 'deck-fr-02.png', 'deck-fr-10.png'],
  );
});

test('entries group into sections and groups in the order they came', () => {
  const grouped = groupEntries([
    { section: 'Deck', group: 'fr', file: 'a.png', caption: 'a' },
    { section: 'Page', file: 'b.png', caption: 'b' },
    { section: 'Deck', group: 'en', file: 'c.png', caption: 'c' },
    { section: 'Deck', group: 'fr', file: 'd.png', caption: 'd' },
  ]);
  assert.deepEqual(
    grouped.map(({ title, groups }) => [title, groups.map((g) => [g.title, g.items.length])]),
    [
      [
        'Deck',
        [
          ['fr', 2],
          ['en', 1],
        ],
      ],
      ['Page', [['', 1]]],
    ],
  );
});

test('the index links each thumbnail to its file, captions it and fetches nothing from elsewhere', () => {
  const html = indexHtml(
    [
      { section: 'Slide deck', group: 'fr', file: 'deck/deck fr.png', caption: 'Slide 1 <fr>' },
      {
        section: 'Slide deck',
        group: 'fr',
        file: 'print/slides-fr.pdf',
        caption: 'PDF',
        image: false,
      },
    ],
    { title: 'Sheet', generatedAt: 'now', duration: '3 s', counts: [['images', 1]] },
    ['deck en failed: "timeout"'],
  );
  assert.match(html, /<h2>Slide deck<\/h2>/);
  assert.match(
    html,
    /<a href="deck\/deck%20fr\.png"><img src="deck\/deck%20fr\.png" alt="Slide 1 &lt;fr&gt;"/,
  );
  assert.match(html, /<figcaption>Slide 1 &lt;fr&gt;/);
  assert.match(html, /<li class="file"><a href="print\/slides-fr\.pdf">PDF<\/a>/);
  assert.match(html, /deck en failed: &quot;timeout&quot;/);
  assert.doesNotMatch(html, /(src|href)="(https?:)?\/\//);
  assert.doesNotMatch(html, /<script|<link/);
});

test('helpers escape text and make stable ids', () => {
  assert.equal(
    escapeHtml(`<a href="x">'&'</a>`),
    '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
  );
  assert.equal(href('a b/c#d.png'), 'a%20b/c%23d.png');
  assert.equal(sectionId('Présentation (?mode=present)'), 'presentation-mode-present');
});

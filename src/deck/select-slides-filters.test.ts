import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../data/dataset-schema';
import { block, deckFor, contentLines, fifthPlanDataset } from '../testing/slide-deck-testing';

describe('selectSlideDeck follows the filters', () => {
  it('one theme: its areas beside the chart, no slide of one line, the view in the subtitle', () => {
    const deck = deckFor('?themes=terrorism');
    expect(deck.subtitle).toBe('Plan 2018-2019 : thèmes : Terrorisme');
    expect(deck.fileStem).toBe('unodc-osce-joint-action-plans-slides-2018-2019-filtered-fr');
    expect(deck.slides.some((slide) => slide.id.startsWith('areas-'))).toBe(false);
    const chartSlide = deck.slides.find((slide) => slide.id === 'chart');
    expect(block(chartSlide, 'chart').categories).toEqual(['Terrorisme']);
    expect(block(chartSlide, 'columns').columns).toEqual([
      [
        {
          heading: 'Terrorisme',
          items: [
            {
              text: 'Prévention et lutte contre l’extrémisme violent qui conduit au terrorisme',
              isNew: false,
              evidence: 'stated',
              tags: [],
            },
          ],
        },
      ],
    ]);
    expect(block(deck.slides[0], 'figures').figures[1]).toEqual({
      value: '1',
      label: 'domaine retenu par les filtres, sur 12',
    });
    // Nothing new in this theme: no slide on what is new.
    expect(deck.slides.some((slide) => slide.id === 'new')).toBe(false);
  });

  it.each([
    [
      '?themes=cyber',
      'Plan d’action conjoint 2018-2019, vue filtrée : thèmes : Cybercriminalité',
      ['domaine retenu par les filtres, sur 12', 'nouveau domaine parmi ceux retenus'],
      'Plans d’action conjoints ONUDC–OSCE · vue filtrée : thèmes : Cybercriminalité',
    ],
    [
      '?lang=en&themes=cyber',
      '2018-2019 joint action plan, filtered view: themes: Cybercrime',
      ['area kept by the filters, of 12', 'new area among those kept'],
      'UNODC–OSCE joint action plans · filtered view: themes: Cybercrime',
    ],
  ])(
    '%s: says its filter on the title slide and in every footer, and counts the new areas within it as the “new” slide does',
    (search, notice, labels, footer) => {
      const deck = deckFor(search);
      const title = deck.slides[0]!;
      expect(block(title, 'text').text).toBe(notice);
      const figures = block(title, 'figures').figures;
      expect(figures.slice(1)).toEqual([
        { value: '1', label: labels[0] },
        { value: '1', label: labels[1] },
      ]);
      const news = block(
        deck.slides.find((s) => s.id === 'new'),
        'figures',
      ).figures;
      expect(news[0]).toEqual({ value: '1', label: labels[1] });
      expect(deck.footer).toBe(footer);
    },
  );

  it('unfiltered, the footer is the deck’s title alone and the figures count the whole plan', () => {
    for (const search of ['', '?lang=en']) {
      const deck = deckFor(search);
      expect(deck.footer).toBe(deck.title);
      expect(block(deck.slides[0], 'figures').figures.map((f) => f.value)).toEqual([
        '4',
        '12',
        '4',
      ]);
      expect(block(deck.slides[0], 'bullets').items).toHaveLength(3);
    }
  });

  it('two themes in English: one columns slide of both themes', () => {
    const deck = deckFor('?lang=en&themes=crime,people');
    const slide = deck.slides.find((s) => s.id === 'areas-1');
    expect(slide?.title).toBe('The thematic areas by theme');
    expect(block(slide, 'columns').columns.map((column) => column.map((s) => s.heading))).toEqual([
      ['Crime and trafficking'],
      ['People'],
    ]);
    expect(
      block(
        deck.slides.find((s) => s.id === 'new'),
        'bullets',
      ).items,
    ).toHaveLength(2);
  });

  it('new only: only the new series on the chart', () => {
    const deck = deckFor('?new=1');
    expect(
      block(
        deck.slides.find((s) => s.id === 'chart'),
        'chart',
      ).series.map((s) => s.name),
    ).toEqual(['Nouveaux']);
    expect(deck.subtitle).toBe('Plan 2018-2019 : nouveaux domaines seulement');
  });

  it('a search that finds nothing says so on the chart slide', () => {
    const deck = deckFor('?lang=en&q=zzzz');
    const chartSlide = deck.slides.find((s) => s.id === 'chart')!;
    expect(chartSlide.blocks).toEqual([
      { kind: 'text', text: 'No area matches these filters: search: “zzzz”.' },
    ]);
    expect(deck.slides.some((s) => s.id === 'new' || s.id.startsWith('areas-'))).toBe(false);
  });

  it.each([
    ...['crime', 'terrorism', 'economic', 'people', 'governance', 'cyber'].map(
      (theme) => `?themes=${theme}`,
    ),
    '?themes=terrorism,cyber',
    '?themes=economic,cyber&new=1',
    '?q=lutte',
    '?lang=en&q=trafficking',
    '?new=1',
  ])('%s leaves no slide near-empty', (search) => {
    for (const slide of deckFor(search).slides)
      expect(contentLines(slide), slide.id).toBeGreaterThan(1);
  });
});

describe('selectSlideDeck on a dataset with a fifth plan', () => {
  it('counts five plans since 2011 and draws the fifth on the axis', () => {
    const deck = deckFor('', fifthPlanDataset());
    expect(block(deck.slides[0], 'figures').figures[0]).toEqual({
      value: '5',
      label: 'plans d’action conjoints depuis 2011',
    });
    expect(deck.slides[1]!.title).toBe('Les cinq plans');
    const timeline = block(deck.slides[1], 'timeline');
    expect(timeline.maxYear).toBe(2022);
    expect(timeline.plans.at(-1)).toMatchObject({
      id: 'plan-2020-2022',
      span: { from: 2020, to: 2023 },
      isFeatured: false,
    });
    expect(deck.slides[1]!.notes).toHaveLength(5);
  });

  it('presents the fifth plan when it is the featured one', () => {
    const dataset = fifthPlanDataset();
    const fourth = dataset.plans.find((plan) => plan.id === 'plan-2018-2019')!;
    const fifth = dataset.plans.find((plan) => plan.id === 'plan-2020-2022')!;
    fifth.areas = structuredClone(fourth.areas)
      .slice(0, 9)
      .map((area) => ({ ...area, isNew: null }));
    dataset.featuredPlanId = fifth.id;
    const deck = deckFor('?lang=en', dataset);
    expect(deck.fileStem).toBe('unodc-osce-with-fifth-plan-slides-2020-2022-en');
    expect(block(deck.slides[0], 'figures').figures.map((f) => f.label)).toEqual([
      'joint action plans since 2011',
      'thematic areas in the 2020-2022 plan',
      'new areas in 2020-2022',
    ]);
    expect(
      block(
        deck.slides.find((s) => s.id === 'chart'),
        'chart',
      ).series.map((s) => s.name),
    ).toEqual(['Status not documented']);
    expect(deck.slides.some((s) => s.id === 'new')).toBe(false);
    expect(block(deck.slides[1], 'timeline').plans.at(-1)?.isFeatured).toBe(true);
  });
});

describe('selectSlideDeck on a large dataset', () => {
  it('2,000 areas: no slide holds more than eight areas or six new ones, and it takes little time', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'deck-')), 'large.json');
    execFileSync(process.execPath, [
      resolve(process.cwd(), 'scripts/generate-dataset.mjs'),
      '--plans',
      '50',
      '--areas',
      '2000',
      '--out',
      out,
    ]);
    const dataset = JSON.parse(readFileSync(out, 'utf8')) as Dataset;
    const started = performance.now();
    const deck = deckFor('', dataset);
    expect(performance.now() - started).toBeLessThan(2000);
    const columnSlides = deck.slides.filter((slide) => slide.id.startsWith('areas-'));
    const listed = columnSlides.flatMap((slide) =>
      block(slide, 'columns')
        .columns.flat()
        .flatMap((section) => section.items),
    );
    expect(listed).toHaveLength(2000);
    for (const slide of columnSlides) {
      const columns = block(slide, 'columns').columns;
      expect(columns.length).toBeLessThanOrEqual(3);
      expect(
        columns.flat().reduce((n, section) => n + section.items.length, 0),
      ).toBeLessThanOrEqual(8);
    }
    const newBullets = block(
      deck.slides.find((s) => s.id === 'new'),
      'bullets',
    ).items;
    expect(newBullets).toHaveLength(6);
    expect(newBullets.at(-1)).toMatch(/^… et \d+ autres, sur les diapositives des domaines$/);
    expect(block(deck.slides[1], 'timeline').plans).toHaveLength(50);
  });
});

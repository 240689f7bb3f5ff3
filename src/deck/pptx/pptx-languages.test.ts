import { loadCatalog } from '../../i18n/use-i18n';
import { readPptx } from '../../testing/read-pptx';
import { deckFor } from '../../testing/slide-deck-testing';
import { countLines, textWidth, wordsFit } from './measure-text';
import { writeDeckPptx } from './write-deck-pptx';

beforeAll(() => Promise.all((['ru', 'zh', 'de'] as const).map(loadCatalog)));

describe('the PowerPoint in the languages the sources are not in', () => {
  it.each([
    ['ru', 'ru-RU', 'Совместные планы действий'],
    ['zh', 'zh-CN', '毒品和犯罪问题办公室与欧安组织联合行动计划'],
    ['de', 'de-DE', 'Gemeinsame Aktionspläne'],
  ])('%s: every run tagged %s, the text in the language', async (locale, tag, words) => {
    const pptx = await readPptx(await writeDeckPptx(deckFor(`?lang=${locale}`)));
    const tagsOf = (xml: string) => new Set([...xml.matchAll(/ lang="([^"]+)"/g)].map((m) => m[1]));
    // The language's own, but for the sources' titles, tagged with the language they are published
    // in (French or English), on the sources' slides only.
    const isSources = (xml: string) => xml.includes('https://www.unodc.org/');
    for (const xml of [...pptx.slideXml.filter((x) => !isSources(x)), ...pptx.notesXml]) {
      expect([...tagsOf(xml)]).toEqual([tag]);
    }
    const sourcesTags = tagsOf(pptx.slideXml.filter(isSources).join(''));
    expect([...sourcesTags].sort()).toEqual([tag, 'en-GB', 'fr-FR'].sort());
    expect(pptx.slides[0]?.texts.join(' ')).toContain(words);
  });

  it.each(['ru', 'de', 'fr'] as const)(
    '%s: each word of the timeline’s undocumented period fits its box (LibreOffice cuts one that does not)',
    async (locale) => {
      const deck = deckFor(`?lang=${locale}`);
      const timeline = deck.slides.find((slide) => slide.id === 'timeline');
      const block = timeline?.blocks.find((b) => b.kind === 'timeline');
      const label = block?.kind === 'timeline' ? block.plans[2]?.periodLabel : undefined;
      if (!label) throw new Error('no third plan on the timeline slide');
      const pptx = await readPptx(await writeDeckPptx(deck));
      const xml = pptx.slideXml[deck.slides.indexOf(timeline!)] ?? '';
      // The shape whose text is the label: its width (EMU) and its type size (hundredths of a point).
      const shape = xml.split('<p:sp>').find((sp) => sp.includes(`>${label}<`));
      if (!shape) throw new Error(`no shape holds "${label}"`);
      const width = Number(/<a:ext cx="(\d+)"/.exec(shape)?.[1]) / 914_400;
      const size = Number(/ sz="(\d+)"/.exec(shape)?.[1]) / 100;
      expect(wordsFit(label, size, width)).toBe(true);
    },
  );

  it('measures a Chinese character a full em wide, and breaks a line between any two', () => {
    const latin = 'a'.repeat(20);
    const chinese = '联'.repeat(20);
    expect(textWidth(chinese, 20)).toBeGreaterThan(textWidth(latin, 20) * 1.7);
    // At 20 pt in 4 inches a line holds 24 average Latin characters, or 13 Chinese ones: 40 take
    // four lines (not one unbreakable word), 13 take one.
    expect(countLines('联'.repeat(40), 20, 4)).toBe(4);
    expect(countLines('联'.repeat(13), 20, 4)).toBe(1);
    expect(countLines(`${'联'.repeat(12)} UNODC`, 20, 4)).toBe(2);
  });
});

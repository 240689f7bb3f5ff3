import { loadCatalog } from '../../i18n/use-i18n';
import { readPptx } from '../../testing/read-pptx';
import { deckFor } from '../../testing/slide-deck-testing';
import { countLines, textWidth } from './measure-text';
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

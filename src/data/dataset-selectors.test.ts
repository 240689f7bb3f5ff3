// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../testing/dataset-builders';
import { parseDataset } from './parse-dataset';
import { createSourceResolver } from './dataset-selectors';

const dataset = parseDataset(buildDataset(), 'plans.json');

describe('source references', () => {
  it('numbers each source by its place in the sources list and links to its entry', () => {
    const [ref] = createSourceResolver(dataset)(['unodc-2012-03']);
    expect(ref).toMatchObject({ number: 3, href: '#source-unodc-2012-03' });
  });

  it('cites the edition in the page’s language where the source names one', () => {
    const ids = (language?: 'fr' | 'en') =>
      createSourceResolver(dataset, language)(['unodc-2018-fr', 'esn-2011']).map((r) => r.id);
    expect(ids('fr')).toEqual(['unodc-2018-fr', 'esn-2011']);
    expect(ids('en')).toEqual(['unodc-2018-en', 'esn-2011']);
    // Without a language, and for a source with no edition in that language, the source as cited.
    expect(ids()).toEqual(['unodc-2018-fr', 'esn-2011']);
    expect(createSourceResolver(dataset, 'fr')(['esn-2011']).map((r) => r.id)).toEqual([
      'esn-2011',
    ]);
  });

  it('cites a source once when both of its editions are cited', () => {
    expect(
      createSourceResolver(dataset, 'en')(['unodc-2018-fr', 'unodc-2018-en']).map((r) => r.number),
    ).toEqual([2]);
  });
});

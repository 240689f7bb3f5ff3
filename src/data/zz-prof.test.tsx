import { QueryClient } from '@tanstack/react-query';
import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { it } from 'vitest';
import { App } from '../app/app';
import { mutateDataset, mutationsArb } from '../testing/dataset-fuzz';
import { unsafeMarkup } from '../testing/safe-markup';
import { datasetQueryOptions } from './dataset-query';
import { parseDataset } from './load-dataset';

it('profile', () => {
  const t = { gen: 0, mutate: 0, parse: 0, ssr: 0, dom: 0, check: 0 };
  let n = 0;
  const samples = fc.sample(mutationsArb, { seed: 1, numRuns: 300 });
  for (const m of samples) {
    let a = performance.now();
    const { input } = mutateDataset(m); t.mutate += performance.now() - a; a = performance.now();
    let ds;
    try { ds = parseDataset(input, '/x'); } catch { /* */ }
    t.parse += performance.now() - a; a = performance.now();
    if (!ds) continue;
    n++;
    const qc = new QueryClient(); qc.setQueryData(datasetQueryOptions().queryKey, ds);
    const html = renderToStaticMarkup(<App queryClient={qc} />); t.ssr += performance.now() - a; a = performance.now();
    const doc = new DOMParser().parseFromString(html, 'text/html'); t.dom += performance.now() - a; a = performance.now();
    unsafeMarkup(doc.body); doc.body.textContent; t.check += performance.now() - a;
  }
  console.log(n, JSON.stringify(t));
});

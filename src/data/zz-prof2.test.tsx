import { QueryClient } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { it } from 'vitest';
import { App } from '../app/app';
import { bundledDatasetJson } from '../testing/dataset-builders';
import { unsafeMarkup } from '../testing/safe-markup';
import { datasetQueryOptions } from './dataset-query';
import { parseDataset } from './load-dataset';

it('profile', () => {
  const t = { ssr: 0, dom: 0, check: 0, len: 0, tpl: 0 };
  const ds = parseDataset(bundledDatasetJson(), '/x');
  for (let i = 0; i < 200; i++) {
    let a = performance.now();
    const qc = new QueryClient(); qc.setQueryData(datasetQueryOptions().queryKey, ds);
    const html = renderToStaticMarkup(<App queryClient={qc} />); t.ssr += performance.now() - a; a = performance.now();
    t.len = html.length;
    const doc = new DOMParser().parseFromString(html, 'text/html'); t.dom += performance.now() - a; a = performance.now();
    const tpl = document.createElement('template'); tpl.innerHTML = html; t.tpl += performance.now() - a; a = performance.now();
    unsafeMarkup(doc.body); doc.body.textContent; t.check += performance.now() - a;
  }
  console.log(JSON.stringify(t));
});

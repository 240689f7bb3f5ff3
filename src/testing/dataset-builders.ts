import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset } from '../data/dataset-schema';

// Vitest runs from the repository root.
const BUNDLED_PATH = resolve(process.cwd(), 'public/data/plans.json');

/** A fresh, deep copy of the bundled dataset as raw JSON, safe to mutate in a test. */
export function bundledDatasetJson(): Dataset {
  return JSON.parse(readFileSync(BUNDLED_PATH, 'utf8')) as Dataset;
}

/** The bundled dataset with changes applied by `mutate`. */
export function buildDataset(mutate: (dataset: Dataset) => void = () => {}): Dataset {
  const dataset = bundledDatasetJson();
  mutate(dataset);
  return dataset;
}

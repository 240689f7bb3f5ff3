import type { Dataset } from './dataset-schema';
import { DatasetError } from './dataset-error';

/**
 * 5 MB: twenty times the bundled dataset's needs at 2,000 areas, small enough to parse at once.
 * Decimal, as the page states sizes (src/i18n/formatters.ts formatBytes) and as file managers do.
 */
export const MAX_DATASET_BYTES = 5_000_000;

/** Reads a dataset the user chose; refuses what is too large, not JSON, or breaks the schema. */
export async function readDatasetFile(file: File): Promise<Dataset> {
  if (file.size > MAX_DATASET_BYTES) {
    throw new DatasetError('too-large', file.name, { size: file.size });
  }
  let text: string;
  try {
    text = await file.text();
  } catch (cause) {
    throw new DatasetError('read', file.name, { cause });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new DatasetError('not-json', file.name, { cause });
  }
  // The schema code loads on demand: the first view never needs it.
  let parseDataset: (json: unknown, source: string) => Dataset;
  try {
    ({ parseDataset } = await import('./parse-dataset'));
  } catch (cause) {
    throw new DatasetError('read', file.name, { cause });
  }
  return parseDataset(json, file.name);
}

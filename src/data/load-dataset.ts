import { datasetSchema, type Dataset } from './dataset-schema';

export const DATASET_URL = `${import.meta.env.BASE_URL}data/plans.json`;

export interface DatasetIssue {
  /** Dotted path of the faulty value, e.g. "plans.3.areas.0.themeId". */
  path: string;
  message: string;
}

export type DatasetErrorKind = 'http' | 'network' | 'not-json' | 'schema';

/** The one error a dataset load can end in: it says what went wrong and where. */
export class DatasetError extends Error {
  readonly kind: DatasetErrorKind;
  readonly url: string;
  readonly status: number | null;
  readonly issues: DatasetIssue[];

  constructor(
    kind: DatasetErrorKind,
    url: string,
    details: { status?: number; issues?: DatasetIssue[]; cause?: unknown } = {},
  ) {
    super(`Dataset ${kind} error for ${url}`, { cause: details.cause });
    this.name = 'DatasetError';
    this.kind = kind;
    this.url = url;
    this.status = details.status ?? null;
    this.issues = details.issues ?? [];
  }
}

export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

/** Validates parsed JSON against the schema, or throws a DatasetError listing every issue. */
export function parseDataset(json: unknown, url: string): Dataset {
  const result = datasetSchema.safeParse(json);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: formatIssuePath(issue.path),
    message: issue.message,
  }));
  throw new DatasetError('schema', url, { issues });
}

/** The only code in the app that fetches. */
export async function loadDataset(
  url: string = DATASET_URL,
  signal?: AbortSignal,
): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new DatasetError('network', url, { cause });
  }
  if (!response.ok) throw new DatasetError('http', url, { status: response.status });
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch (cause) {
    throw new DatasetError('not-json', url, { cause });
  }
  return parseDataset(json, url);
}

import type { ReferenceKind } from './dataset-schema';

/** What is wrong with one value, in terms the page can put in either language. */
export type DatasetProblem =
  | { kind: 'missing' }
  | { kind: 'type'; expected: string; received: string }
  | { kind: 'too-small'; minimum: number }
  | { kind: 'too-big'; maximum: number }
  | { kind: 'format'; format: string }
  | { kind: 'value'; values: string[] }
  | { kind: 'unsupported-version'; value: string; supported: string[] }
  | { kind: 'unknown-ref'; ref: ReferenceKind; value: string }
  | { kind: 'duplicate'; value: string }
  | { kind: 'end-before-start' }
  | { kind: 'parts-and-text' }
  | { kind: 'before-first-part' }
  | { kind: 'other' };

export interface DatasetIssue {
  /** Dotted path of the faulty value, e.g. "plans.3.areas.0.themeId". */
  path: string;
  /** A developer's message in English; the page shows `problem` in the reader's language. */
  message: string;
  problem: DatasetProblem;
}

export type DatasetErrorKind =
  'http' | 'network' | 'timeout' | 'not-json' | 'schema' | 'too-large' | 'read';

/** The one error a dataset load can end in: it says what went wrong and where. */
export class DatasetError extends Error {
  readonly kind: DatasetErrorKind;
  readonly url: string;
  readonly status: number | null;
  readonly issues: DatasetIssue[];
  /** Bytes of a file refused as too large. */
  readonly size: number | null;

  constructor(
    kind: DatasetErrorKind,
    url: string,
    details: { status?: number; issues?: DatasetIssue[]; size?: number; cause?: unknown } = {},
  ) {
    super(`Dataset ${kind} error for ${url}`, { cause: details.cause });
    this.name = 'DatasetError';
    this.kind = kind;
    this.url = url;
    this.status = details.status ?? null;
    this.issues = details.issues ?? [];
    this.size = details.size ?? null;
  }
}

export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

import type { ErrorInfo } from 'react';
import { DatasetError } from '../../data/dataset-error';

/**
 * React logs every error an error boundary catches with console.error. A dataset that fails to
 * load is not a bug: the page already says what went wrong, so it stays out of the console. Any
 * other caught error is a bug in a section and is kept visible to developers as a warning.
 */
export function reportCaughtError(error: unknown, info: ErrorInfo) {
  if (error instanceof DatasetError) return;
  console.warn('A section failed to render and shows its fallback:', error, info.componentStack);
}

import { waitFor } from '@testing-library/react';
import { expect, vi } from 'vitest';

export interface SavedDownload {
  blob: Blob;
  /** The file name the link offers (its `download` attribute). */
  name: string;
}

/**
 * Catches the files the page saves through a link to a Blob (src/components/ui/download.ts) rather
 * than letting jsdom navigate: each one's Blob and name, in order. vi.restoreAllMocks() ends it.
 */
export function captureDownloads(): SavedDownload[] {
  const saved: SavedDownload[] = [];
  let pending: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    pending = blob as Blob;
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (!pending) return;
    saved.push({ blob: pending, name: this.download });
    pending = undefined;
  });
  return saved;
}

/** Does `action` and resolves with the one file it saved. */
export async function captureDownload(action: () => Promise<void>): Promise<SavedDownload> {
  const saved = captureDownloads();
  await action();
  await waitFor(() => expect(saved).toHaveLength(1));
  return saved[0]!;
}

import { useState } from 'react';
import { downloadBlob } from '../../components/ui/download';
import type { Dataset } from '../../data/dataset-schema';
import type { I18n } from '../../i18n/use-i18n';
import type { AreaFilters } from './area-selectors';
import type { DownloadKind } from './download-kind';

export type DownloadStatus =
  { kind: 'idle' } | { kind: 'done'; file: string } | { kind: 'failed'; reason: string };

/**
 * Builds and saves each download; the code that writes them loads on first use, not with the
 * page (src/features/areas/build-area-download.ts).
 */
export function useAreaDownloads(dataset: Dataset, filters: AreaFilters, i18n: I18n) {
  const [status, setStatus] = useState<DownloadStatus>({ kind: 'idle' });

  const download = async (kind: DownloadKind) => {
    try {
      const { buildAreaDownload } = await import('./build-area-download');
      const { blob, file } = await buildAreaDownload(kind, dataset, filters, i18n);
      downloadBlob(blob, file);
      setStatus({ kind: 'done', file });
    } catch (error) {
      setStatus({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };

  return { download, status };
}

import { useRef, useState } from 'react';
import { DatasetError } from '../../data/dataset-error';
import { useLocalDataset } from '../../data/local-dataset';
import { readDatasetFile } from '../../data/read-dataset-file';
import { useI18n } from '../../i18n/use-i18n';
import { LazyDatasetErrorMessage } from './lazy-dataset-error-message';

export interface DatasetFileState {
  error: unknown;
  openFile: (file: File) => Promise<void>;
  clearError: () => void;
}

/** Opens a dataset file; on failure the error is kept and the dataset shown stays as it was. */
export function useDatasetFile(): DatasetFileState {
  const { setLocal } = useLocalDataset();
  const [error, setError] = useState<unknown>(null);
  const openFile = async (file: File) => {
    try {
      const dataset = await readDatasetFile(file);
      setLocal({ dataset, fileName: file.name });
      setError(null);
    } catch (caught) {
      setError(
        caught instanceof DatasetError
          ? caught
          : new DatasetError('read', file.name, { cause: caught }),
      );
    }
  };
  return { error, openFile, clearError: () => setError(null) };
}

export interface OpenDatasetButtonProps {
  className: string;
  onFile: (file: File) => void;
}

export function OpenDatasetButton({ className, onFile }: OpenDatasetButtonProps) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={className} onClick={() => input.current?.click()}>
        {t('openDataset')}
      </button>
      {/* Hidden (display: none): the button is the one control a reader meets, and opens the
          browser's file chooser through it; a visually hidden input was announced as a second
          "Ouvrir un jeu de données…". */}
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}

export interface DatasetFileStatusProps {
  error: unknown;
  onDismiss: () => void;
}

/** Says which dataset is shown, offers the way back, and reports a refused file. */
export function DatasetFileStatus({ error, onDismiss }: DatasetFileStatusProps) {
  const { t, pick } = useI18n();
  const { local, isNotKept, setLocal } = useLocalDataset();
  return (
    <>
      {error ? (
        <LazyDatasetErrorMessage
          error={error}
          onRetry={onDismiss}
          title={t('fileErrorTitle')}
          actionLabel={t('dismiss')}
        />
      ) : null}
      {local ? (
        <div
          role="status"
          className="my-4 flex flex-wrap items-center justify-between gap-3 rounded-lg border-2 border-amber-700 bg-amber-50 p-4 text-amber-950"
        >
          <div>
            <p className="font-medium">
              {t('localDatasetShown', { title: pick(local.dataset.title), file: local.fileName })}
            </p>
            {isNotKept ? <p className="mt-1">{t('localDatasetNotKept')}</p> : null}
          </div>
          <button
            type="button"
            onClick={() => setLocal(null)}
            className="min-h-11 rounded-md border border-amber-800 bg-white px-4 py-2 font-medium hover:bg-amber-100"
          >
            {t('backToBundled')}
          </button>
        </div>
      ) : null}
    </>
  );
}

import { buttonClass } from '../../components/ui/button-styles';
import { DatasetError } from '../../data/dataset-error';
import { MAX_DATASET_BYTES } from '../../data/read-dataset-file';
import { formatBytes } from '../../i18n/formatters';
import { describeProblem, withDatasetErrorMessages } from '../../i18n/describe-problem';
import { useI18n } from '../../i18n/use-i18n';

export interface DatasetErrorMessageProps {
  error: unknown;
  onRetry: () => void;
  /** Defaults to the failed-load title and a Retry button. */
  title?: string;
  actionLabel?: string;
  headingLevel?: 2 | 3;
}

const MAX_ISSUES_SHOWN = 20;

/**
 * Says what went wrong with the dataset and where, in the reader's language. Only a failure
 * shows it: it loads on demand (src/app/lazy-dataset-error-message.tsx).
 */
export default function DatasetErrorMessage({
  error,
  onRetry,
  title,
  actionLabel,
  headingLevel = 2,
}: DatasetErrorMessageProps) {
  const { t: pageT, locale } = useI18n();
  const t = withDatasetErrorMessages(pageT, locale);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const datasetError = error instanceof DatasetError ? error : null;
  const url = datasetError?.url ?? '';
  let detail: string;
  switch (datasetError?.kind) {
    case 'http':
      detail = t('errorHttp', { status: datasetError.status ?? 0, url });
      break;
    case 'not-json':
      detail = t('errorNotJson', { url });
      break;
    case 'schema':
      detail = t('errorSchema', { url });
      break;
    case 'too-large':
      detail = t('errorTooLarge', {
        url,
        size: formatBytes(datasetError.size ?? 0, locale, 1),
        limit: formatBytes(MAX_DATASET_BYTES, locale),
      });
      break;
    case 'read':
      detail = t('errorRead', { url });
      break;
    case 'timeout':
      detail = t('errorTimeout', { url });
      break;
    default:
      detail = t('errorNetwork', { url: url || '?' });
  }
  const issues = datasetError?.issues ?? [];
  return (
    <div
      role="alert"
      className="my-8 rounded-lg border-2 border-red-700 bg-red-50 p-6 text-red-950"
    >
      <Heading className="text-xl font-bold">{title ?? t('errorTitle')}</Heading>
      <p className="mt-2">{detail}</p>
      {issues.length > 0 ? (
        <ul className="mt-2 list-disc space-y-1 ps-6 font-mono text-sm">
          {issues.slice(0, MAX_ISSUES_SHOWN).map((issue, index) => (
            <li key={`${issue.path}-${index}`}>
              {t('errorSchemaIssue', {
                path: issue.path,
                message: describeProblem(issue.problem, issue.message, t, locale),
              })}
            </li>
          ))}
        </ul>
      ) : null}
      {issues.length > MAX_ISSUES_SHOWN ? (
        <p className="mt-1 text-sm">
          {t('issueMore', { count: issues.length - MAX_ISSUES_SHOWN })}
        </p>
      ) : null}
      <button type="button" className={`${buttonClass} mt-4`} onClick={onRetry}>
        {actionLabel ?? t('retry')}
      </button>
    </div>
  );
}

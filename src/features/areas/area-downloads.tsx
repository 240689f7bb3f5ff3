import type { DownloadKind } from './download-kind';

export interface AreaDownloadsProps {
  title: string;
  buttons: { kind: DownloadKind; label: string }[];
  statusText: string;
  onDownload: (kind: DownloadKind) => void;
}

export function AreaDownloads({ title, buttons, statusText, onDownload }: AreaDownloadsProps) {
  return (
    <div
      data-print="hide"
      className="mt-4 rounded-lg border border-slate-300 bg-white p-4 noscript:hidden"
    >
      <h3 className="font-semibold text-slate-900">{title}</h3>
      {/* A form action: a press made before the section has hydrated is kept and downloads once
          it has (the press itself asks for the section's code). */}
      <form
        action={(data) => {
          const pressed = buttons.find((button) => button.kind === data.get('kind'));
          if (pressed) onDownload(pressed.kind);
        }}
        className="mt-2 flex flex-wrap gap-2"
      >
        {buttons.map((button) => (
          <button
            key={button.kind}
            type="submit"
            name="kind"
            value={button.kind}
            className="inline-flex min-h-11 items-center rounded-md border border-slate-700 bg-white px-3 py-2 text-sm font-medium text-slate-900 hover:bg-slate-100"
          >
            {button.label}
          </button>
        ))}
      </form>
      <p role="status" className="mt-2 text-sm text-slate-800">
        {statusText}
      </p>
    </div>
  );
}

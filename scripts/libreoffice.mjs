import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

/**
 * LibreOffice Impress's PDF of a .pptx, beside it, made in a profile of its own (two conversions
 * at once would otherwise fight over one); returns the PDF's path. The contact sheet and the
 * PowerPoint journey both open the deck this way.
 */
export function pptxToPdf(pptx, { timeout = 180_000 } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dirname(pptx),
        pptx,
      ],
      { timeout, stdio: 'pipe' },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return join(dirname(pptx), `${basename(pptx, '.pptx')}.pdf`);
}

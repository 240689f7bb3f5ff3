import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pptxToPdf } from '../../scripts/libreoffice.mjs';

// PDFs as the journeys read them: a word's place on its page as poppler gives it, and the PDF
// LibreOffice Impress makes of a .pptx.

export interface PdfWord {
  /** As pdftotext writes it (its markup's entities left as they are). */
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PdfPage {
  width: number;
  height: number;
  words: PdfWord[];
}

/** Each page of a PDF with its words, in points from its top left (pdftotext -bbox). */
export function pdfWords(pdf: string): PdfPage[] {
  const bbox = execFileSync('pdftotext', ['-bbox', pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return [...bbox.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(
    ([, width, height, body = '']) => ({
      width: Number(width),
      height: Number(height),
      words: [
        ...body.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ].map(([, left, top, right, bottom, text = '']) => ({
        text,
        left: Number(left),
        top: Number(top),
        right: Number(right),
        bottom: Number(bottom),
      })),
    }),
  );
}

/** What `read` finds in the PDF LibreOffice Impress makes of a .pptx (made in a folder of its own). */
export function withLibreOfficePdf<T>(pptx: Uint8Array, read: (pdf: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'pptx-pdf-'));
  try {
    const file = join(dir, 'deck.pptx');
    writeFileSync(file, pptx);
    return read(pptxToPdf(file, { timeout: 120_000 }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

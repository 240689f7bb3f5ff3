/** LibreOffice Impress's PDF of a .pptx, beside it; returns the PDF's path (libreoffice.mjs). */
export function pptxToPdf(pptx: string, options?: { timeout?: number }): string;

import JSZip from 'jszip';

// Reads a .pptx the way the tests check it: slides and notes in slide order, their XML and their
// visible texts, and the charts' XML. Shared by the unit tests and the browser journey.

export interface PptxContents {
  slides: { texts: string[] }[];
  slideXml: string[];
  notes: { texts: string[] }[];
  notesXml: string[];
  charts: string[];
  /** The slide masters' and layouts' XML, joined. */
  layoutsAndMasters: string;
}

const byNumber = (a: string, b: string) =>
  Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]);

function unescapeXml(text: string) {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');
}

/** The text of each paragraph (<a:p>), its runs joined. */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)]
    .map((paragraph) =>
      [...(paragraph[1] ?? '').matchAll(/<a:t>([\s\S]*?)<\/a:t>/g)]
        .map((run) => unescapeXml(run[1] ?? ''))
        .join(''),
    )
    .filter((text) => text !== '');
}

/** The categories of a chart's first series, in the order written (its XML unescaped). */
export function chartCategories(chartXml: string): string[] {
  const categories = /<c:cat>([\s\S]*?)<\/c:cat>/.exec(chartXml)?.[1] ?? '';
  return [...categories.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((match) =>
    unescapeXml(match[1] ?? ''),
  );
}

export async function readPptx(data: Blob | ArrayBuffer | Uint8Array): Promise<PptxContents> {
  const zip = await JSZip.loadAsync(data instanceof Blob ? await data.arrayBuffer() : data);
  const read = (pattern: RegExp) =>
    Promise.all(
      Object.keys(zip.files)
        .filter((path) => pattern.test(path))
        .sort(byNumber)
        .map((path) => zip.file(path)?.async('string') ?? ''),
    );
  const slideXml = await read(/^ppt\/slides\/slide\d+\.xml$/);
  const notesXml = await read(/^ppt\/notesSlides\/notesSlide\d+\.xml$/);
  const charts = await read(/^ppt\/charts\/chart\d+\.xml$/);
  const layoutsAndMasters = (await read(/^ppt\/(slideMasters|slideLayouts)\/[^/]+\.xml$/)).join('');
  return {
    slides: slideXml.map((xml) => ({ texts: paragraphTexts(xml) })),
    slideXml,
    notes: notesXml.map((xml) => ({ texts: paragraphTexts(xml) })),
    notesXml,
    charts,
    layoutsAndMasters,
  };
}

import { directionOf, isLocale } from '../../i18n/locale';
import { CHART_PALETTES } from './chart-palettes';

export interface ChartImageInput {
  title: string;
  caption: string;
  /** "Sources :" and one line per source, with its date. */
  sourcesTitle: string;
  sourceLines: string[];
  /** What the data is and where and when it was downloaded. */
  dataLine: string;
  dateLine: string;
  lang: string;
  legend: { continuing: string; isNew: string; unknown: string };
  rows: { label: string; continuingCount: number; newCount: number; unknownCount: number }[];
}

// Downloads are always drawn light: they go on slides and paper.
const COLORS = CHART_PALETTES.light;
const WIDTH = 1200;
const ROW = 48;
const MARGIN = 40;
const FOOTER_LINE = 22;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

/** XML 1.0 cannot hold control characters or lone surrogates, even escaped: a file that no viewer opens. */
const isXmlChar = (code: number) =>
  code === 0x9 ||
  code === 0xa ||
  code === 0xd ||
  (code >= 0x20 && code <= 0xd7ff) ||
  (code >= 0xe000 && code <= 0xfffd) ||
  code >= 0x10000;

function escapeXml(text: string): string {
  return Array.from(text)
    .filter((char) => isXmlChar(char.codePointAt(0)!))
    .join('')
    .replace(
      /[<>&"']/g,
      (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`,
    );
}

/** Rough text width for a system sans-serif: enough to lay out labels without a DOM. */
function textWidth(text: string, size: number): number {
  return text.length * size * 0.55;
}

/**
 * Breaks a line so that it stays inside the margins, at spaces, or after a / or & in an address.
 * Measured generously (0.6 em a character, wider than most): a line that reached 6 px from the
 * edge in French must not run off it in a wider font.
 */
export function wrapLine(text: string, size: number, width: number): string[] {
  const perLine = Math.max(10, Math.floor(width / (size * 0.6)));
  const lines: string[] = [];
  let rest = text;
  while (rest.length > perLine) {
    const head = rest.slice(0, perLine + 1);
    const at = Math.max(head.lastIndexOf(' '), head.lastIndexOf('/') + 1, head.lastIndexOf('&'));
    const cut = at > perLine / 3 ? at : perLine;
    lines.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  return [...lines, rest];
}

/**
 * The chart as a standalone SVG with its title, caption, source and date drawn in, so it can be
 * pasted into a slide as it is. Drawn from the same series as the on-screen chart, not copied
 * from recharts' DOM, so it does not depend on the screen size or the colour theme.
 */
export function buildChartSvg(input: ChartImageInput): string {
  // Drawn as the page draws it: in a right-to-left language the bars grow from the right, their
  // labels on the right, and every line of text starts at the right margin. The SVG says its
  // direction, so that `start` and `end` anchors and the bidi order of mixed text follow it.
  const isRightToLeft = isLocale(input.lang) && directionOf(input.lang) === 'rtl';
  const labelWidth = Math.min(
    440,
    Math.max(...input.rows.map((r) => textWidth(r.label, 16)), 80) + 24,
  );
  const top = 130;
  const plotLeft = isRightToLeft ? 48 : 40 + labelWidth;
  const plotRight = isRightToLeft ? WIDTH - 40 - labelWidth : WIDTH - 48;
  // Where a count lies on the value axis, and where each line of text starts.
  const valueX = (value: number) =>
    isRightToLeft ? plotRight - value * scale : plotLeft + value * scale;
  const lineStart = isRightToLeft ? WIDTH - MARGIN : MARGIN;
  const plotHeight = input.rows.length * ROW;
  const max = Math.max(
    1,
    ...input.rows.map((r) => r.continuingCount + r.newCount + r.unknownCount),
  );
  const scale = (plotRight - plotLeft) / max;
  // The footer: the sources, one a line, then what the data is and when it was downloaded.
  const muted = `font-size="14" fill="${COLORS.muted}"`;
  const wrap = (line: string) => wrapLine(line, 14, WIDTH - 2 * MARGIN);
  const footer: [string, string][] = [
    [input.sourcesTitle, `font-size="14" font-weight="700" fill="${COLORS.muted}"`],
    ...input.sourceLines.flatMap(wrap).map((line): [string, string] => [line, muted]),
    ...[input.dataLine, input.dateLine]
      .flatMap(wrap)
      .map((line): [string, string] => [line, muted]),
  ];
  const footerTop = top + plotHeight + 80;
  const height = footerTop + footer.length * FOOTER_LINE + 24;
  const parts: string[] = [];
  const text = (x: number, y: number, value: string, attrs = '') =>
    parts.push(`<text x="${x}" y="${y}" ${attrs}>${escapeXml(value)}</text>`);

  parts.push(`<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`);
  text(lineStart, 56, input.title, `font-size="32" font-weight="700" fill="${COLORS.ink}"`);
  text(lineStart, 92, input.caption, `font-size="18" fill="${COLORS.muted}"`);

  for (let tick = 0; tick <= max; tick += 1) {
    const x = valueX(tick);
    parts.push(
      `<line x1="${x}" y1="${top}" x2="${x}" y2="${top + plotHeight}" stroke="${COLORS.grid}"/>`,
    );
    text(
      x,
      top + plotHeight + 24,
      String(tick),
      `font-size="16" text-anchor="middle" fill="${COLORS.muted}"`,
    );
  }
  input.rows.forEach((row, index) => {
    const y = top + index * ROW;
    // Against the axis, on its outer side ("end" is the left edge of right-to-left text).
    text(
      isRightToLeft ? plotRight + 12 : plotLeft - 12,
      y + ROW / 2 + 6,
      row.label,
      `font-size="16" text-anchor="end" fill="${COLORS.ink}"`,
    );
    let total = 0;
    for (const [count, color] of [
      [row.continuingCount, COLORS.continuing],
      [row.newCount, COLORS.isNew],
      [row.unknownCount, COLORS.unknown],
    ] as const) {
      if (count > 0) {
        const x = isRightToLeft ? valueX(total + count) : valueX(total);
        parts.push(
          `<rect x="${x}" y="${y + 10}" width="${count * scale}" height="${ROW - 20}" fill="${color}"/>`,
        );
        total += count;
      }
    }
  });

  const legendY = top + plotHeight + 60;
  const hasUnknown = input.rows.some((r) => r.unknownCount > 0);
  let legendX = isRightToLeft ? plotRight : plotLeft;
  for (const [label, color] of [
    [input.legend.continuing, COLORS.continuing],
    [input.legend.isNew, COLORS.isNew],
    ...(hasUnknown ? ([[input.legend.unknown, COLORS.unknown]] as const) : []),
  ] as const) {
    const step = 24 + textWidth(label, 16) + 32;
    if (isRightToLeft) {
      parts.push(
        `<rect x="${legendX - 16}" y="${legendY - 14}" width="16" height="16" fill="${color}"/>`,
      );
      text(legendX - 24, legendY, label, `font-size="16" fill="${COLORS.ink}"`);
      legendX -= step;
    } else {
      parts.push(
        `<rect x="${legendX}" y="${legendY - 14}" width="16" height="16" fill="${color}"/>`,
      );
      text(legendX + 24, legendY, label, `font-size="16" fill="${COLORS.ink}"`);
      legendX += step;
    }
  }
  let lineY = footerTop + 28;
  for (const [line, attrs] of footer) {
    text(lineStart, lineY, line, attrs);
    lineY += FOOTER_LINE;
  }

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" lang="${escapeXml(input.lang)}"${isRightToLeft ? ' direction="rtl"' : ''} font-family="${FONT}" role="img" aria-labelledby="chart-title">`,
    `<title id="chart-title">${escapeXml(input.title)}</title>`,
    ...parts,
    '</svg>',
  ].join('\n');
}

/** Rasterizes the SVG at `scale`× its size (2× for sharp slides). Browser only. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth * scale;
    canvas.height = image.naturalHeight * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('Canvas 2D is not available');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

// The contact sheet's index.html (scripts/review.mjs): every output side by side, in sections, each
// image a thumbnail that links to the full file, with a caption. One self-contained page: inline
// style, no script, nothing fetched from elsewhere. Pure; tested in scripts/review.test.mjs.

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (char) => ESCAPES[char]);

/** A relative address for a file of the folder, each path segment escaped. */
export const href = (file) => file.split('/').map(encodeURIComponent).join('/');

/**
 * Sections in the order their first entry came, and inside each the groups likewise.
 * An entry is `{ section, group?, file, caption, image? }`; `image: false` is a linked file (a PDF,
 * the .pptx) rather than a picture.
 */
export function groupEntries(entries) {
  const sections = new Map();
  for (const entry of entries) {
    if (!sections.has(entry.section)) sections.set(entry.section, new Map());
    const groups = sections.get(entry.section);
    const group = entry.group ?? '';
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group).push(entry);
  }
  return [...sections].map(([title, groups]) => ({
    title,
    groups: [...groups].map(([groupTitle, items]) => ({ title: groupTitle, items })),
  }));
}

export const sectionId = (title) =>
  title
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

function figure(entry) {
  const caption = escapeHtml(entry.caption);
  const link = href(entry.file);
  if (entry.image === false) {
    return `<li class="file"><a href="${link}">${caption}</a> <code>${escapeHtml(entry.file)}</code></li>`;
  }
  return [
    '<li><figure>',
    `<a href="${link}"><img src="${link}" alt="${caption}" loading="lazy"></a>`,
    `<figcaption>${caption}<br><code>${escapeHtml(entry.file)}</code></figcaption>`,
    '</figure></li>',
  ].join('');
}

function section({ title, groups }) {
  const body = groups.map((group) => {
    const heading = group.title === '' ? '' : `<h3>${escapeHtml(group.title)}</h3>\n`;
    return `${heading}<ul class="sheet">\n${group.items.map(figure).join('\n')}\n</ul>`;
  });
  return `<section id="${sectionId(title)}">\n<h2>${escapeHtml(title)}</h2>\n${body.join('\n')}\n</section>`;
}

const STYLE = `
  body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5rem; color: #1b1b1b; background: #f4f4f4; }
  h1 { margin: 0 0 .25rem; }
  h2 { margin: 2rem 0 .5rem; border-bottom: 2px solid #bbb; }
  h3 { margin: 1.25rem 0 .5rem; font-size: 1rem; color: #444; }
  nav a { margin-right: 1rem; }
  ul.sheet { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
  figure { margin: 0; width: 240px; background: #fff; border: 1px solid #ccc; padding: .4rem; }
  figure img { display: block; width: 100%; max-height: 480px; object-fit: contain; object-position: top; background: repeating-conic-gradient(#eee 0 25%, #fff 0 50%) 0 0 / 16px 16px; }
  figcaption { font-size: 12px; margin-top: .3rem; }
  code { font-size: 11px; color: #555; word-break: break-all; }
  li.file { flex-basis: 100%; }
  .problems { background: #fff3cd; border: 1px solid #e0c36a; padding: .5rem 1rem; }
`;

/**
 * The whole page. `summary` is `{ title, generatedAt, duration, counts: [label, n][] }`;
 * `problems` are the lines the run logged as wrong (page errors, a missing tool).
 */
export function indexHtml(entries, summary, problems = []) {
  const sections = groupEntries(entries);
  const nav = sections
    .map(({ title }) => `<a href="#${sectionId(title)}">${escapeHtml(title)}</a>`)
    .join('');
  const counts = summary.counts
    .map(([label, count]) => `${escapeHtml(label)}: ${count}`)
    .join(' · ');
  const problemList =
    problems.length === 0
      ? ''
      : `<div class="problems"><h2>Problems during the run</h2><ul>${problems
          .map((problem) => `<li>${escapeHtml(problem)}</li>`)
          .join('')}</ul></div>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(summary.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(summary.title)}</h1>
<p>Written ${escapeHtml(summary.generatedAt)} in ${escapeHtml(summary.duration)}. ${counts}</p>
<nav>${nav}</nav>
${problemList}
${sections.map(section).join('\n')}
</body>
</html>
`;
}

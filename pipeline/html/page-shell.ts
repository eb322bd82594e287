import { createHash } from 'node:crypto';
import type { Lang } from '../../schemas/config.js';
import { escapeHtml, type SafeHtml } from './escape.js';

/** The look shared by every page; each page adds its own rules (the highlight boxes' places). */
export const BASE_STYLE = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --line: #ccc; --error: #a30000; --warning: #7a4a00; --info: #00487a; --mark: #c40000; }
* { box-sizing: border-box; }
body { font-family: system-ui, "Segoe UI", Arial, sans-serif; color: var(--ink); background: #fff; margin: 0; line-height: 1.45; }
main { max-width: 70rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
h1 { font-size: 1.6rem; margin: 0.5rem 0 1rem; overflow-wrap: anywhere; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.75rem; border-bottom: 1px solid var(--line); padding-bottom: 0.25rem; }
h3 { font-size: 1.05rem; margin: 0 0 0.5rem; overflow-wrap: anywhere; }
a { color: #0b4fa8; }
p, li, td, th, dd, dt, blockquote, figcaption { overflow-wrap: anywhere; word-break: break-word; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--line); }
th { background: #f2f2f2; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
dl.summary { display: grid; grid-template-columns: minmax(10rem, max-content) 1fr; gap: 0.25rem 1rem; margin: 0; }
dl.summary dt { font-weight: 600; }
dl.summary dd { margin: 0; }
.finding { border: 1px solid var(--line); border-left: 0.4rem solid var(--line); padding: 0.75rem 1rem; margin: 0 0 1.25rem; }
.finding.error { border-left-color: var(--error); }
.finding.warning { border-left-color: var(--warning); }
.finding.info { border-left-color: var(--info); }
.severity { font-weight: 700; text-transform: uppercase; font-size: 0.85rem; letter-spacing: 0.03em; }
.severity.error { color: var(--error); }
.severity.warning { color: var(--warning); }
.severity.info { color: var(--info); }
.rule { color: var(--muted); font-size: 0.85rem; }
.message { font-size: 1.05rem; margin: 0.35rem 0 0.75rem; }
blockquote { margin: 0.5rem 0; padding: 0.4rem 0.75rem; border-left: 0.25rem solid #888; background: #f6f6f6; white-space: pre-wrap; }
.where { color: var(--muted); font-size: 0.9rem; }
figure.page { margin: 0.75rem 0; }
.sheet { position: relative; display: inline-block; max-width: 100%; border: 1px solid #999; line-height: 0; font-size: 0; }
.sheet img { display: block; max-width: 100%; height: auto; }
.sheet .mark { position: absolute; border: 3px solid var(--mark); background: rgba(255, 221, 0, 0.28); }
figcaption { font-size: 0.9rem; color: var(--muted); margin-top: 0.25rem; }
.counts span { margin-right: 0.75rem; white-space: nowrap; }
.failed { color: var(--error); font-weight: 600; }
nav.years a { margin-right: 0.75rem; }
.note { color: var(--muted); }
`;

/**
 * A whole page: a strict Content-Security-Policy (nothing but this page's own style block, its
 * images beside it and data: images; no script, no frame, no form, no base), so that nothing from
 * a document could run or reach the network even if it slipped past the escaping.
 */
export function pageShell(options: { lang: Lang; title: string; extraStyle?: string; body: SafeHtml; meta?: Record<string, string> }): string {
  const style = BASE_STYLE + (options.extraStyle ?? '');
  const hash = createHash('sha256').update(style, 'utf8').digest('base64');
  const policy = [
    "default-src 'none'",
    "img-src 'self' data:",
    `style-src 'sha256-${hash}'`,
    "script-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  // Written as plain strings (not the markup tag, whose templates a formatter may re-indent): the
  // style block must be byte for byte what the hash was made of.
  const meta = Object.entries(options.meta ?? {})
    .map(([name, content]) => `<meta name="${escapeHtml(name)}" content="${escapeHtml(content)}">\n`)
    .join('');
  return (
    `<!DOCTYPE html>\n<html lang="${options.lang}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">\n` +
    `<meta name="referrer" content="no-referrer">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n${meta}` +
    `<title>${escapeHtml(options.title)}</title>\n<style>${style}</style>\n</head>\n<body>\n<main>\n${options.body.html}\n</main>\n</body>\n</html>\n`
  );
}

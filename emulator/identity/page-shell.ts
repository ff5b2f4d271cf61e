import { createHash } from 'node:crypto';
import { EMULATOR_TENANT_NAME } from '../constants.ts';

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const STYLE = `
:root { color-scheme: light dark; --fg: #1b1b1b; --muted: #505050; --bg: #f2f2f2; --card: #fff;
  --line: #d1d1d1; --accent: #0067b8; --accent-hover: #005da6; --focus: #1b1b1b; }
@media (prefers-color-scheme: dark) { :root { --fg: #f5f5f5; --muted: #c8c8c8; --bg: #1f1f1f;
  --card: #2b2b2b; --line: #4a4a4a; --accent: #0f6cbd; --accent-hover: #115ea3; --focus: #fff; } }
* { box-sizing: border-box; }
body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: var(--bg);
  color: var(--fg); font: 15px/1.5 "Segoe UI", "Segoe UI Web", system-ui, sans-serif; }
main { width: min(100% - 2rem, 34rem); background: var(--card); padding: 2.25rem 2.75rem;
  box-shadow: 0 2px 6px rgb(0 0 0 / 0.2); margin: 2rem 0; }
.brand { font-weight: 600; color: var(--muted); margin: 0 0 1rem; }
h1 { font-size: 1.5rem; font-weight: 600; margin: 0 0 0.25rem; }
h2 { font-size: 1rem; font-weight: 600; margin: 1.5rem 0 0.5rem; color: var(--muted); }
p { margin: 0.5rem 0; }
.lead { color: var(--muted); margin-bottom: 1.25rem; }
ul { list-style: none; margin: 0; padding: 0; }
li { border-top: 1px solid var(--line); padding: 0.9rem 0; display: grid; gap: 0.35rem; }
li:last-child { border-bottom: 1px solid var(--line); }
.who { font-weight: 600; }
.upn, .desc { color: var(--muted); font-size: 0.9rem; overflow-wrap: anywhere; }
button { justify-self: start; font: inherit; font-weight: 600; border: 1px solid var(--accent);
  background: var(--accent); color: #fff; padding: 0.35rem 1.1rem; min-height: 2.25rem;
  cursor: pointer; }
button:hover { background: var(--accent-hover); }
button.secondary { background: transparent; color: var(--fg); border-color: var(--line); }
button:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.actions { display: flex; gap: 0.75rem; margin-top: 1.5rem; }
.requirements { padding-left: 1.25rem; list-style: disc; }
.requirements li { border: 0; padding: 0.15rem 0; display: list-item; }
.note { margin-top: 1.5rem; font-size: 0.8rem; color: var(--muted); }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; font-size: 0.85rem; }
dt { font-weight: 600; } dd { margin: 0; overflow-wrap: anywhere; color: var(--muted); }
`;

// The pages run no script; the only inline content is this stylesheet, allowed by its hash.
const STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

/**
 * An STS page: no script at all, styles by hash, forms may post only to this origin (and the
 * redirect that follows may go only to `redirectOrigin`), and no one may frame it.
 */
export function htmlPage(
  title: string,
  body: string,
  options: { status?: number; redirectOrigin?: string; headers?: HeadersInit } = {},
): Response {
  const formAction = ["'self'", options.redirectOrigin].filter(Boolean).join(' ');
  const csp = [
    "default-src 'none'",
    `style-src ${STYLE_HASH}`,
    `form-action ${formAction}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="none">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<p class="brand">${escapeHtml(EMULATOR_TENANT_NAME)} · Microsoft Entra ID (emulated)</p>
${body}
</main>
</body>
</html>
`;
  const headers = new Headers(options.headers);
  headers.set('content-type', 'text/html; charset=utf-8');
  headers.set('content-security-policy', csp);
  headers.set('x-frame-options', 'DENY');
  headers.set('x-content-type-options', 'nosniff');
  headers.set('referrer-policy', 'no-referrer');
  headers.set('cache-control', 'no-store, no-cache');
  return new Response(html, { status: options.status ?? 200, headers });
}

export function hiddenFields(params: Iterable<[string, string]>): string {
  return [...params]
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join('\n');
}

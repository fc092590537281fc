/**
 * Colours and base styles of the extension's own pages (popup, options), light and dark by
 * `prefers-color-scheme`. Every text colour is at least 4.5:1 on its background and every
 * control border at least 3:1 (WCAG 1.4.3 / 1.4.11); axe checks the rendered pages in e2e.
 */
export const PAGE_CSS = `
:root {
  color-scheme: light dark;
  --bg: #ffffff;
  --surface: #f6f8fa;
  --text: #1f2328;
  --muted: #57606a;
  --border: #6e7781;
  --rule: #d0d7de;
  --accent: #0b57d0;
  --accent-text: #ffffff;
  --link: #0b57d0;
  --focus: #0b57d0;
  --error: #b3261e;
  --error-bg: #fdecea;
  --ok: #116329;
  --ok-bg: #dafbe1;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #16181d;
    --surface: #1f2329;
    --text: #e6edf3;
    --muted: #a3adb8;
    --border: #8b949e;
    --rule: #373e47;
    --accent: #8ab4f8;
    --accent-text: #0b1a33;
    --link: #8ab4f8;
    --focus: #8ab4f8;
    --error: #ff9b8f;
    --error-bg: #3b1512;
    --ok: #7ee2a8;
    --ok-bg: #0f2d1a;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { background: var(--bg); color: var(--text); }
body {
  margin: 0;
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
  background: var(--bg);
  color: var(--text);
}
h1, h2, h3, h4 { line-height: 1.25; margin: 0 0 0.5em; }
h1 { font-size: 1.35rem; }
h2 { font-size: 1.15rem; }
h3 { font-size: 1rem; }
h4 { font-size: 0.95rem; }
p { margin: 0 0 0.5em; }
a { color: var(--link); }
.muted, .hint { color: var(--muted); }
.hint { font-size: 0.9em; margin: 0.15em 0 0; }
.visually-hidden {
  position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
label { font-weight: 600; }
input[type='text'], input[type='number'], input:not([type]), select, textarea {
  font: inherit;
  color: var(--text);
  background: var(--bg);
  border: 1px solid var(--border);
  border-radius: 6px;
  padding: 0.35em 0.5em;
  max-width: 100%;
}
textarea { width: 100%; resize: vertical; }
input.number { width: 6.5em; }
input[aria-invalid='true'], select[aria-invalid='true'], textarea[aria-invalid='true'] {
  border-color: var(--error);
  box-shadow: 0 0 0 1px var(--error);
}
input[type='checkbox'], input[type='radio'] { width: 1.05em; height: 1.05em; accent-color: var(--accent); }
button, .button {
  font: inherit;
  font-weight: 600;
  cursor: pointer;
  border-radius: 6px;
  padding: 0.35em 0.85em;
  border: 1px solid var(--border);
  background: var(--surface);
  color: var(--text);
  text-decoration: none;
  display: inline-block;
}
button.primary { background: var(--accent); color: var(--accent-text); border-color: var(--accent); }
button.link { background: none; border: none; padding: 0; color: var(--link); text-decoration: underline; font-weight: 400; }
button:disabled { cursor: not-allowed; opacity: 0.6; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
fieldset { border: 1px solid var(--rule); border-radius: 8px; padding: 0.75em 1em 1em; margin: 0 0 1em; min-width: 0; }
legend { font-weight: 700; padding: 0 0.35em; }
.field { margin: 0 0 0.75em; }
.field > label, .field > .label { display: block; margin-bottom: 0.2em; }
.field-inline { display: flex; gap: 0.5em; align-items: center; }
.field-inline > label { font-weight: 400; }
.field-error {
  color: var(--error);
  font-weight: 600;
  margin: 0.25em 0 0;
}
.field-error::before { content: '⚠ '; }
.alert {
  border: 1px solid var(--error);
  background: var(--error-bg);
  color: var(--text);
  border-radius: 8px;
  padding: 0.6em 0.85em;
  margin: 0 0 1em;
}
.notice, output.notice {
  display: block;
  border: 1px solid var(--ok);
  background: var(--ok-bg);
  color: var(--text);
  border-radius: 8px;
  padding: 0.6em 0.85em;
  margin: 0 0 1em;
}
.row { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: end; }
table { border-collapse: collapse; }
th, td { text-align: left; padding: 0.25em 0.6em 0.25em 0; vertical-align: top; }
th { font-weight: 600; }
`;

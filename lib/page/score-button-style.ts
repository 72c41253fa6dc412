/** A custom element name, so the shadow root can attach and the site's CSS cannot target it by accident. */
export const SCORE_BUTTON_TAG = 'microscope-score';

/** Inside the shadow root; `all: initial` on the host keeps the site's inherited styles out. */
export const SCORE_BUTTON_CSS = `
:host { all: initial; position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; font: 13px/1.4 system-ui, sans-serif; color-scheme: light dark; }
.score { font: inherit; font-weight: 600; padding: 6px 14px; border-radius: 999px; border: 1px solid #2456c9; background: #2456c9; color: #fff; cursor: pointer; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
.score:focus-visible { outline: 3px solid #8fb1ff; outline-offset: 2px; }
.score:disabled { opacity: .7; cursor: progress; }
.result { margin: 6px 0 0; max-width: 280px; padding: 6px 10px; border-radius: 8px; background: #fff; color: #1b1d21; box-shadow: 0 1px 4px rgba(0,0,0,.25); overflow-wrap: anywhere; }
.result:empty { display: none; }
@media (prefers-color-scheme: dark) { .result { background: #1f2228; color: #e8eaed; } }
`;

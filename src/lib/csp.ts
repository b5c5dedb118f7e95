// The Content Security Policy of every page, as a <meta> in the layout (Base.astro).
//
// No page has an inline script that runs or an inline style: scripts and stylesheets are files of
// the site (astro.config.mjs sets inlineStylesheets: 'never'; the only inline <script> elements are
// JSON data blocks, which browsers do not execute and CSP does not govern). So 'self' is the whole
// policy for scripts and styles, with no hashes and no 'unsafe-inline'; 'wasm-unsafe-eval' is the one
// addition, for Pagefind's WebAssembly search. tests/built/csp.test.ts checks every page for inline
// code, tests/browser/portale.test.ts checks that an injected script is blocked. frame-ancestors
// cannot be set by <meta>: it is in the deployment headers (public/_headers, README).
//
// A fixed policy instead of Astro's security.csp: Astro hashes each page's stylesheet and script
// elements on every render (with WebCrypto, even for external files with no inline content), 5 s of
// the build at 100× for hashes no page needs.
export const DIRETTIVE_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

export const POLITICA_CSP = DIRETTIVE_CSP.join('; ');

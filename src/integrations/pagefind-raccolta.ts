// What the Pagefind integration and its middleware share within one build (see pagefind.ts).

/** Where the integration puts the collector for the middleware: both run in Astro's build process. */
export const RACCOLTA = Symbol.for('peg.pagefind.raccolta');

export interface PaginaRenderizzata {
  /** Site path of the page, `/obiettivi/c59-0008/`. */
  url: string;
  html: string;
}

export interface Raccolta {
  /**
   * Called when a page enters the middleware; returns the function to call once with the rendered
   * page (or null when it is not for the index).
   */
  prenota(): (pagina: PaginaRenderizzata | null) => void;
}

// Types Astro leaves to the project.
declare namespace App {
  interface Locals {
    /**
     * Set by the layout (Base.astro): whether the page goes to the search index. The Pagefind
     * middleware reads it to skip pages outside the index without reading their HTML.
     */
    indicizza?: boolean;
    /** Set by the layout: which index the page goes to (the current edition's, or the versions'). */
    indice?: 'corrente' | 'edizioni';
  }
}

// Which built files are public URLs: pages and downloads, not hashed build assets.
export const URL_PUBBLICHE = 'tests/url-pubbliche.txt';

/** Hashed or internal files that may change name at every build. */
const INTERNI = [/^\/_astro\//, /^\/pagefind\//, /^\/edizioni\/pagefind\//];

export function urlPubbliche(urls: string[]): string[] {
  return urls.filter((u) => !INTERNI.some((re) => re.test(u))).sort();
}

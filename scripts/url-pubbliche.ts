/**
 * `npm run url:manifest`: writes tests/url-pubbliche.txt, the committed list of every public URL
 * of the built site. The tests fail when one disappears without a redirect (auditors' links must
 * not break) or when a new one is not in the list yet.
 */
import { writeFileSync } from 'node:fs';
import { fileDist, richiediDist, urlDiFile } from './lib/dist.ts';
import { URL_PUBBLICHE, urlPubbliche } from './lib/manifesto.ts';

richiediDist();
const urls = urlPubbliche(fileDist().map(urlDiFile));
writeFileSync(URL_PUBBLICHE, urls.join('\n') + '\n');
console.log(`url:manifest: ${urls.length} URL in ${URL_PUBBLICHE}`);

// The home page's figures («Il piano in cifre», objectives per line, objectives and lines per
// settore), recomputed from content/data/ and the source's «Spesa complessiva» sentence.
import { describe, test } from 'vitest';
import {
  Confronto,
  conti,
  dati,
  dove,
  euro,
  numero,
  pagina,
  testo,
  totaliDelDocumento,
  voce,
} from '../support/cifre.ts';

const URL = '/';
const plurale = (n: number, uno: string, molti: string, nessuno = `0 ${molti}`) =>
  n === 0 ? nessuno : `${n} ${n === 1 ? uno : molti}`;

describe('home', () => {
  test('«Il piano in cifre» conta obiettivi, codici indicatore e voci, e riporta il totale del documento con la sua divisione', () => {
    const c = new Confronto();
    const { root } = pagina(URL);
    const documento = totaliDelDocumento();
    const codici = new Set(dati.obiettivi.flatMap((o) => o.indicatori.map((i) => i.codice)));
    c.cifra(
      URL,
      'Obiettivi di performance',
      voce(root, 'Obiettivi di performance'),
      numero(dati.obiettivi.length),
    );
    c.cifra(
      URL,
      'Indicatori (codici distinti)',
      voce(root, 'Indicatori (codici distinti)'),
      numero(codici.size),
    );
    c.cifra(
      URL,
      'Voci del programma incarichi',
      voce(root, 'Voci del programma incarichi'),
      numero(dati.incarichi.length),
    );
    c.cifra(
      URL,
      'Totale del programma incarichi',
      voce(root, 'Totale del programma incarichi'),
      euro(documento.importo),
    );
    c.cifra(
      URL,
      'di cui spesa corrente',
      voce(root, 'di cui spesa corrente'),
      euro(documento.corrente),
    );
    c.cifra(
      URL,
      'di cui spesa vincolata',
      voce(root, 'di cui spesa vincolata'),
      euro(documento.vincolata),
    );
    c.cifra(
      URL,
      'somma delle voci nei dati',
      euro(conti(dati.incarichi).importo),
      euro(documento.importo),
    );
    c.verifica(7);
  });

  test('ogni linea strategica e ogni settore mostrano i loro obiettivi e le loro voci', () => {
    const c = new Confronto();
    const { root } = pagina(URL);
    const scheda = (href: string) => {
      const li = root.querySelector(`main li a[href="${href}"]`)?.closest('li');
      return testo(li?.querySelector('.dettaglio'));
    };
    for (const l of dati.linee)
      c.cifra(
        URL,
        `obiettivi della linea ${l.nome}`,
        scheda(`/linee-strategiche/${l.id}/`),
        plurale(dove(dati.obiettivi, 'linea', l.id).length, 'obiettivo', 'obiettivi'),
      );
    for (const s of dati.settori) {
      const o = plurale(dove(dati.obiettivi, 'settore', s.id).length, 'obiettivo', 'obiettivi');
      const v = plurale(
        dove(dati.incarichi, 'settore', s.id).length,
        'voce',
        'voci',
        'nessuna voce',
      );
      c.cifra(
        URL,
        `obiettivi e voci del settore ${s.nome}`,
        scheda(`/settori/${s.id}/`),
        `${o}, ${v} del programma incarichi`,
      );
    }
    c.verifica(dati.linee.length + dati.settori.length);
  });
});

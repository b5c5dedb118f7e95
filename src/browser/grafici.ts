// Charts load chart.js only when one comes into view (a dynamic import, split by Vite into its own file),
// so a page with charts below the fold loads and renders without it. Their areas are sized by CSS beforehand.
const figure = [...document.querySelectorAll<HTMLElement>('[data-grafico]')];

async function disegnaTutte(daDisegnare: HTMLElement[]) {
  const { disegna } = await import('./grafici-disegno.ts');
  for (const f of daDisegnare) disegna(f);
}

if (!('IntersectionObserver' in window)) void disegnaTutte(figure);
else {
  const osservatore = new IntersectionObserver(
    (voci) => {
      const visibili = voci.filter((v) => v.isIntersecting).map((v) => v.target as HTMLElement);
      if (visibili.length === 0) return;
      for (const f of visibili) osservatore.unobserve(f);
      void disegnaTutte(visibili);
    },
    // A little ahead of the viewport, so a chart is usually drawn by the time the reader reaches it
    { rootMargin: '0px 0px 200px 0px' },
  );
  for (const f of figure) osservatore.observe(f);
}

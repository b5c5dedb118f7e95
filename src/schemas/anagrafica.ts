/** The hand-curated registry that resolves every printed spelling (alias) to one entity. */
import { z } from 'astro/zod';
import { slugSchema } from './fonte.ts';

const voceSchema = z.object({
  /** Stable id, used in URLs; never change it once published. */
  id: slugSchema,
  /** Display name. */
  nome: z.string().min(1),
  /** Every spelling of the entity that the document uses, exactly as printed (markup removed). */
  alias: z.array(z.string().min(1)).min(1),
});
export type VoceAnagrafica = z.infer<typeof voceSchema>;

/** Fails when an id or an alias appears twice within one kind of entity. */
function unici(voci: VoceAnagrafica[], ctx: z.RefinementCtx, tipo: string) {
  const ids = new Set<string>();
  const alias = new Map<string, string>();
  for (const v of voci) {
    if (ids.has(v.id)) ctx.addIssue({ code: 'custom', message: `${tipo}: id "${v.id}" ripetuto` });
    ids.add(v.id);
    for (const a of v.alias) {
      const altro = alias.get(a);
      if (altro)
        ctx.addIssue({
          code: 'custom',
          message: `${tipo}: l'alias "${a}" è sia di "${altro}" sia di "${v.id}"`,
        });
      alias.set(a, v.id);
    }
  }
}

export const anagraficaSchema = z
  .object({
    linee: z.array(voceSchema),
    aree: z.array(voceSchema),
    settori: z.array(voceSchema),
    persone: z.array(voceSchema),
  })
  .superRefine((a, ctx) => {
    unici(a.linee, ctx, 'linee');
    unici(a.aree, ctx, 'aree');
    unici(a.settori, ctx, 'settori');
    unici(a.persone, ctx, 'persone');
  });
export type Anagrafica = z.infer<typeof anagraficaSchema>;

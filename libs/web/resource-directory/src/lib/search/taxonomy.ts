/** A category of the directory's tree as the API lists it: codes from the root down to it in `path`. */
export interface TaxonomyTermItem {
  code: string;
  name: string;
  nameEs?: string | null;
  parentCode?: string | null;
  path: readonly string[];
}

export interface TaxonomyNode {
  term: TaxonomyTermItem;
  children: TaxonomyNode[];
}

/** A term's name in the reader's language (Spanish when it has one, else English). */
export function termName(term: Pick<TaxonomyTermItem, 'name' | 'nameEs'>, language: string): string {
  return language.startsWith('es') && term.nameEs ? term.nameEs : term.name;
}

/** The terms as a tree, each level in the order the reader reads names. */
export function taxonomyTree(terms: readonly TaxonomyTermItem[], language: string): TaxonomyNode[] {
  const nodes = new Map(terms.map((term) => [term.code, { term, children: [] as TaxonomyNode[] }]));
  const roots: TaxonomyNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.term.parentCode ? nodes.get(node.term.parentCode) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const collator = new Intl.Collator(language);
  const sort = (list: TaxonomyNode[]) => {
    list.sort((a, b) => collator.compare(termName(a.term, language), termName(b.term, language)));
    list.forEach((node) => sort(node.children));
    return list;
  };
  return sort(roots);
}

/** Whether a chosen term already covers this one: it is the term or one of its ancestors. */
export function coveredBy(term: TaxonomyTermItem, chosen: readonly string[]): string | null {
  return term.path.find((code) => chosen.includes(code)) ?? null;
}

/**
 * Chooses or lets go of a term. Choosing a term takes its descendants off the list (the term
 * includes them); a term covered by a chosen ancestor cannot be chosen on its own.
 */
export function toggleTerm(term: TaxonomyTermItem, chosen: readonly string[], terms: readonly TaxonomyTermItem[]): string[] {
  if (chosen.includes(term.code)) return chosen.filter((code) => code !== term.code);
  const descendants = new Set(terms.filter((other) => other.code !== term.code && other.path.includes(term.code)).map((other) => other.code));
  return [...chosen.filter((code) => !descendants.has(code)), term.code];
}

/**
 * Rows of a text-only data table built with the DOM directly, for a Lit child part
 * (`<tbody>${tableRows(rows)}</tbody>`). A table of a hundred rows as Lit templates is a template
 * instance and six parts (each a comment marker and a text node) per row; built here it is only
 * the cells and their text, which makes a view's first render markedly cheaper. Cells are set
 * with `textContent`: roadmap text stays data, never markup.
 */
export type TableRow = readonly [header: string, ...cells: string[]];

export function tableRows(rows: readonly TableRow[]): DocumentFragment {
  const out = document.createDocumentFragment();
  for (const row of rows) {
    const tr = document.createElement('tr');
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = row[0];
    tr.append(th);
    for (let i = 1; i < row.length; i++) {
      const td = document.createElement('td');
      // An empty cell gets no text node at all.
      if (row[i]) td.textContent = row[i]!;
      tr.append(td);
    }
    out.append(tr);
  }
  return out;
}

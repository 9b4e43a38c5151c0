// Mutated roadmaps for the importer's property tests: a real document with some of its lines
// dropped, duplicated, moved, indented, garbled or inserted.
import fc from 'fast-check';

export interface LineEdit {
  kind: 'drop' | 'dup' | 'move' | 'garble' | 'indent' | 'insert';
  at: number;
  to: number;
  text: string;
}

/** One to `maxLength` edits; inserted and garbling text comes from `text`. */
export function lineEdits(text: fc.Arbitrary<string>, maxLength: number): fc.Arbitrary<LineEdit[]> {
  const edit = fc.record({ kind: fc.constantFrom<LineEdit['kind']>('drop', 'dup', 'move', 'garble', 'indent', 'insert'), at: fc.nat(), to: fc.nat(), text });
  return fc.array(edit, { minLength: 1, maxLength });
}

/** The lines with the edits applied in order (positions taken modulo the current length). */
export function applyLineEdits(source: readonly string[], edits: readonly LineEdit[]): string[] {
  const lines = [...source];
  for (const op of edits) {
    if (!lines.length) break;
    const i = op.at % lines.length;
    if (op.kind === 'drop') lines.splice(i, 1);
    else if (op.kind === 'dup') lines.splice(i, 0, lines[i]!);
    else if (op.kind === 'move') lines.splice(op.to % lines.length, 0, ...lines.splice(i, 1));
    else if (op.kind === 'garble') lines[i] = lines[i]!.slice(0, op.to % (lines[i]!.length + 1)) + op.text;
    else if (op.kind === 'indent') lines[i] = `${' '.repeat(1 + (op.to % 4))}${lines[i]}`;
    else lines.splice(i, 0, op.text);
  }
  return lines;
}

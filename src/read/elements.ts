/**
 * The structure a reader saw in a document's markup (DOCX, ODT and HTML elements): which part of
 * its raw text is a heading, a paragraph, a list item, a table row or cell. The layout stage
 * (src/layout) turns them into the record's blocks.
 */
export type ElementKind = 'heading' | 'paragraph' | 'list_item' | 'table_row' | 'table_cell';

export interface RawElement {
  kind: ElementKind;
  /** [start, end) in the reader's text (after normalisation: in the normalised text). */
  start: number;
  end: number;
}

/**
 * Collects elements while a reader writes its text: `open` when an element's tag opens, `close`
 * when it closes, with the length of the text written so far. Elements nest (a cell in a row);
 * an element that got no text is dropped by normalisation.
 */
export class ElementRecorder {
  readonly elements: RawElement[] = [];
  private readonly open: Array<{ kind: ElementKind; start: number }> = [];

  enter(kind: ElementKind, at: number): void {
    this.open.push({ kind, start: at });
  }

  /** Closes the innermost open element of this kind (and any left open inside it). */
  leave(kind: ElementKind, at: number): void {
    for (let k = this.open.length - 1; k >= 0; k--) {
      if (this.open[k]!.kind !== kind) continue;
      const [element] = this.open.splice(k);
      this.elements.push({ kind, start: element!.start, end: at });
      return;
    }
  }
}

/** Zero-based position, columns in UTF-16 code units (as VS Code counts them). */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export function range(line: number, startChar: number, endLine: number, endChar: number): Range {
  return { start: { line, character: startChar }, end: { line: endLine, character: endChar } };
}

/**
 * Maps offsets to line/column and back. Recognises \n, \r\n and a lone \r as line
 * breaks, like VS Code and markdown-it do, so line numbers agree with both.
 */
export class LineIndex {
  /** Offset of the first character of each line. */
  readonly starts: number[];
  /** Offset just past the last character of each line, before its line break. */
  readonly ends: number[];

  constructor(readonly text: string) {
    const starts = [0];
    const ends: number[] = [];
    if (!text.includes('\r')) {
      // The common case, by native search rather than a loop over every character.
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
        ends.push(at);
        starts.push(at + 1);
      }
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 /* \n */) {
          ends.push(i);
          starts.push(i + 1);
        } else if (c === 13 /* \r */) {
          ends.push(i);
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        }
      }
    }
    ends.push(text.length);
    this.starts = starts;
    this.ends = ends;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The text of a line without its line break. */
  line(line: number): string {
    return this.text.slice(this.starts[line], this.ends[line]);
  }

  /** The line break that ends a line ('' for the last line). */
  lineBreak(line: number): string {
    return this.text.slice(this.ends[line], this.starts[line + 1] ?? this.text.length);
  }

  /** The document's dominant line break, for text we insert. */
  get eol(): string {
    const first = this.lineCount > 1 ? this.lineBreak(0) : '';
    return first === '' ? '\n' : first;
  }

  offsetAt(pos: Position): number {
    const line = Math.min(Math.max(pos.line, 0), this.lineCount - 1);
    const start = this.starts[line];
    return Math.min(start + Math.max(pos.character, 0), this.ends[line]);
  }

  positionAt(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: Math.min(offset, this.ends[lo]) - this.starts[lo] };
  }

  /** A range covering whole lines [first, last], without the final line break. */
  linesRange(first: number, last: number): Range {
    return range(first, 0, last, this.ends[last] - this.starts[last]);
  }
}

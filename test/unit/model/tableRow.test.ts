import * as assert from 'node:assert/strict';
import { tableCells } from '../../../src/core/text/tableRow';

describe('text: the cells of a table row', () => {
  it('splits at unescaped pipes, leaves the outer pipes out and keeps each cell\'s column', () => {
    assert.deepEqual(tableCells('| **Thành phần** | Lan \\| Minh |'), [
      { text: ' **Thành phần** ', column: 1 },
      { text: ' Lan \\| Minh ', column: 18 },
    ]);
    assert.deepEqual(tableCells('a | b').map((c) => c.text), ['a ', ' b']);
    // An empty last cell after a closing pipe is dropped; one inside the row is kept.
    assert.deepEqual(tableCells('| Decisions | |').map((c) => c.text), [' Decisions ']);
    assert.deepEqual(tableCells('| | x |').map((c) => c.text), [' ', ' x ']);
  });
});

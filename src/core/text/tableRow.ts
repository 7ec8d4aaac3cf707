/**
 * The cells of one line of a Markdown table (GFM): split at each "|" not escaped as "\|", the
 * outer pipes left out, an empty last cell after a closing pipe dropped. Each cell as written
 * (spaces kept) with its column in the line (0-based). Linear in the line's length.
 */
export function tableCells(text: string): Array<{ text: string; column: number }> {
  const out: Array<{ text: string; column: number }> = [];
  let from = text.indexOf('|') === text.search(/\S/) ? text.indexOf('|') + 1 : 0;
  for (let k = from; k <= text.length; k++) {
    if (k === text.length || (text[k] === '|' && text[k - 1] !== '\\')) {
      if (k > from || k < text.length) out.push({ text: text.slice(from, k), column: from });
      from = k + 1;
    }
  }
  if (out.length && out[out.length - 1].text.trim() === '') out.pop();
  return out;
}

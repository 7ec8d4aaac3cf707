import * as assert from 'node:assert/strict';
import { exportCss, pageVariables } from '../../../src/core/export/style';
import { PROFILES } from '../../../src/core/export/profiles';

describe("the preview's document style takes the export profile's page", () => {
  it('nd30: Times New Roman 13 pt, 14 pt title, 1 cm indent, justified, margins 20/15/20/30 mm on A4', () => {
    const page = pageVariables(PROFILES.nd30);
    assert.match(page['--rw-font'], /^"Times New Roman"/);
    assert.equal(page['--rw-body'], '13pt');
    assert.equal(page['--rw-h1'], '14pt');
    assert.equal(page['--rw-indent'], '10mm');
    assert.equal(page['--rw-align'], 'justify');
    assert.equal(page['--rw-paper'], '210mm');
    assert.equal(page['--rw-margins'], '20mm 15mm 20mm 30mm');
  });

  it('default: Arial 11 pt, no indent, ragged right, 20 mm margins', () => {
    const page = pageVariables(PROFILES.default);
    assert.match(page['--rw-font'], /^Arial/);
    assert.equal(page['--rw-body'], '11pt');
    assert.equal(page['--rw-h1'], '18pt');
    assert.equal(page['--rw-indent'], '0mm');
    assert.equal(page['--rw-align'], 'left');
    assert.equal(page['--rw-margins'], '20mm 20mm 20mm 20mm');
  });

  it('says what the export stylesheet says, for every profile', () => {
    for (const profile of Object.values(PROFILES)) {
      const css = exportCss(profile);
      const page = pageVariables(profile);
      assert.ok(css.includes(`body { font-family: ${page['--rw-font']}; font-size: ${page['--rw-body']}; line-height: ${page['--rw-line']};`), profile.id);
      assert.ok(css.includes(`text-indent: ${page['--rw-indent']};`), profile.id);
      assert.ok(css.includes(`h1 { font-size: ${page['--rw-h1']};`), profile.id);
      const m = profile.margins;
      assert.ok(css.includes(`margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;`) && page['--rw-margins'] === `${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm`, profile.id);
    }
  });
});

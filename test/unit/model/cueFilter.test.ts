import { VIETNAMESE_LOWER } from '../../../src/core/text/fold';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { cueFilter, literalPrefix, requiredLiterals } from '../../../src/core/model/cueFilter';
import { BUILTIN_CUES } from '../../../src/core/kinds/builtin';

describe('model: cheap tests in front of cue phrases', () => {
  it('reads the literal prefix a match must start with', () => {
    assert.equal(literalPrefix('Tuy nhiên(?:,|\\s+còn)'), 'Tuy nhiên');
    assert.equal(literalPrefix('Phát biểu (?:kết luận|chỉ đạo)'), 'Phát biểu ');
    assert.equal(literalPrefix('Nexts? meeting'), 'Next');
    assert.equal(literalPrefix('[\\s\\S]*?dự kiến'), '');
    assert.equal(literalPrefix('Tham dự|Có mặt'), '');
  });

  it('reads the literals every match contains, the most telling first', () => {
    assert.deepEqual(requiredLiterals('[\\s\\S]*?(?:[Ww]e|I)(?: also)? (?:plan|intend|aim) to [^.]{0,120}?(?:in|by) 20\\d\\d'), [[' to '], ['plan', 'intend', 'aim'], [' 20']]);
    assert.deepEqual(requiredLiterals('[\\s\\S]*?(?:dự kiến|có kế hoạch|sẽ tiếp tục) [^.]{0,120}?tới'), [['dự kiến', 'có kế hoạch', 'sẽ tiếp tục'], ['tới']]);
    // Optional or repeated parts, quantifier digits and top-level alternatives require nothing.
    assert.deepEqual(requiredLiterals('[\\s\\S]{0,200}?(?:đặt ra|đề ra)? mục tiêuu*'), [[' mục tiêu']]);
    assert.deepEqual(requiredLiterals('(?:plan|intend)+ x{120}'), []);
    assert.deepEqual(requiredLiterals('plan to|aim to'), []);
  });

  it('answers no only where the cue cannot match (every built-in cue, random paragraphs)', () => {
    const cues = [...BUILTIN_CUES];
    assert.ok(cues.length >= 10, 'the vocabulary has cue phrases');
    const pieces = ['Tuy nhiên, ', 'we plan to ', 'WE PLAN TO ', 'dự kiến ', 'DỰ KIẾN ', 'năm tới', 'in 2026', 'next meeting ', 'đặt ra ', 'mục tiêu', 'set ', 'goals', 'Kết luận hội nghị', ' ', ', ', '. ', 'and ', 'I ', 'ｋ', 'K', 'ſ'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((parts) => parts.join(''));
    const matched = new Set<string>();
    fc.assert(
      fc.property(text, (paragraph) => {
        for (const cue of cues) {
          const matches = new RegExp(`^(?:${cue})`, 'iu').test(paragraph);
          if (matches) matched.add(cue);
          if (matches) assert.ok(cueFilter(cue)(paragraph), `the filter refuses "${paragraph}", which ${cue} matches`);
        }
      }),
      { numRuns: 3000 },
    );
    // The paragraphs are made of the cues' own words: the property is tried on real matches.
    assert.ok(matched.size >= 5, `only ${matched.size} cues ever matched`);
  });

  it('reads escapes whole: hex, Unicode, property, control, named and numbered references (a cue from a workspace)', () => {
    // "Tham\xA0dự": a non-breaking space written as an escape, as text pasted from a word processor has it.
    assert.deepEqual(requiredLiterals('Tham\\xA0dự hội nghị'), [['dự hội nghị'], ['Tham']]);
    assert.ok(cueFilter('Tham\\xA0dự')('Tham\u00A0dự hội nghị có đồng chí A.'));
    assert.ok(cueFilter('\\x44one this week')('Done this week: the export.'));
    assert.ok(cueFilter('\\u0044one')('Done.'));
    assert.ok(cueFilter('\\u{44}one')('Done.'));
    assert.ok(cueFilter('\\p{Lu}lan to')('Plan to ship.'));
    assert.ok(cueFilter('(?<w>ab)\\k<w>cde')('ababcde'));
    assert.ok(cueFilter('(a)\\1bcd')('aabcd'));
    assert.ok(cueFilter('\\cJxyz')('\nxyz'));
  });

  it('assumes nothing of a cue whose closing parenthesis has no opening one', () => {
    // Wrapped as ^(?:…), "Next)|(?:Coming up" has an alternative that matches anywhere.
    const cue = 'Next)|(?:Coming up';
    const text = 'As planned: Coming up';
    assert.ok(new RegExp(`^(?:${cue})`, 'iu').test(text));
    assert.ok(cueFilter(cue)(text));
  });

  it('answers no only where the cue cannot match (random cues with escapes and groups, random text)', () => {
    const cuePieces = ['Tham', '\\xA0', 'dự', '\\u00A0', '\\u{44}', 'one', '(?:plan|aim)', '\\p{Lu}', '\\s+', '(x)', '\\1', ' ', 'to ', ')|(?:', '[a-z]', 'k{2}', 'ab?', '\\.', 'Kết luận'];
    const textPieces = ['Tham', '\u00A0', 'dự', 'D', 'one', 'plan', 'aim', 'P', ' ', 'x', 'to ', 'Kết luận', 'kk', 'a', 'ab', '.', 'K'];
    let matches = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...cuePieces), { minLength: 1, maxLength: 5 }), fc.array(fc.constantFrom(...textPieces), { maxLength: 8 }), (cueParts, textParts) => {
        const cue = cueParts.join('');
        let pattern: RegExp;
        try {
          pattern = new RegExp(`^(?:${cue})`, 'iu');
        } catch {
          return; // not a pattern: refused where kinds are read
        }
        const text = textParts.join('');
        if (!pattern.test(text)) return;
        matches++;
        assert.ok(cueFilter(cue)(text), `the filter refuses "${text}", which ${cue} matches`);
      }),
      { numRuns: 20000 },
    );
    assert.ok(matches > 50, `only ${matches} matches tried`);
  });
  it('finds a required word in any case as the iu flags do, for every character of the basic plane', () => {
    const letters = `abcdefghijklmnopqrstuvwxyz${VIETNAMESE_LOWER}`;
    const anyLetter = new RegExp(`^[${letters}]$`, 'iu');
    let tried = 0;
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCharCode(code);
      if (!anyLetter.test(c)) continue;
      for (const letter of letters) {
        if (!new RegExp(`^${letter}$`, 'iu').test(c)) continue;
        // No prefix ("." is none): the filter reads the required run of three letters.
        for (const written of [letter, letter.toUpperCase()]) {
          const cue = `.?${written}${written}${written}`;
          assert.ok(new RegExp(`^(?:${cue})`, 'iu').test(`${c}${c}${c}`));
          assert.ok(cueFilter(cue)(`${c}${c}${c}`), `U+${code.toString(16)} under ${cue}`);
          tried++;
        }
      }
    }
    assert.ok(tried > 300, `${tried} pairs`);
    // A word in another script still goes through the pattern with the i flag.
    assert.ok(cueFilter('.?σσσ')('ΣΣΣ') && !cueFilter('.?σσσ')('xyz'));
  });
});

import * as assert from 'node:assert/strict';
import { parseReport } from '../../../src/core';
import { lintText } from '../helpers';
import { withConfig } from '../../../src/core/config/settings';
import { describeRuleFixtures } from '../helpers';

describe('RW005 unknown-kind', () => {
  describeRuleFixtures('RW005');

  describe("a configuration's reportFiles map, glob to kind", () => {
    const settings = withConfig({ rules: {}, reportFiles: [], kinds: [] }, { reportFiles: { 'tuan/*.md': 'statuss', 'bien-ban/*.md': 'minutes', 'khac/*.md': 'auto' } }, 'nhom-a', 'nhom-a/.reportwright.yaml');
    const options = (relativePath: string) => ({ relativePath, reportFiles: settings.reportFiles, reportKinds: settings.reportKinds });
    const weekly = '# Báo cáo tuần 14\n\n## Kết quả trong tuần\n\nĐã xong bộ cài đặt.\n\n## Kế hoạch tuần tới\n\nBản cập nhật.\n';

    it('checks the files as the kind it names, whatever their text looks like; auto reads it from the text', () => {
      const minutes = parseReport(weekly, options('nhom-a/bien-ban/hop-1.md'));
      assert.deepEqual([minutes.isReport, minutes.kind?.id, minutes.kindSource], [true, 'minutes', 'config']);
      const auto = parseReport(weekly, options('nhom-a/khac/tuan-14.md'));
      assert.deepEqual([auto.kind?.id, auto.kindSource], ['status', 'inferred']);
      // Front matter's kind: comes first; a file the configuration does not name is no report.
      assert.equal(parseReport(`---\nkind: review\n---\n${weekly}`, options('nhom-a/bien-ban/hop-1.md')).kind?.id, 'review');
      assert.equal(parseReport(weekly, options('nhom-b/bien-ban/hop-1.md')).isReport, false);
    });

    it('says a kind that does not exist at the first line, in the report\'s language, with the kind meant', () => {
      const findings = lintText(weekly, options('nhom-a/tuan/tuan-14.md')).filter((f) => f.ruleId === 'RW005');
      assert.equal(findings.length, 1);
      assert.equal(findings[0].range.start.line, 0);
      assert.match(findings[0].message, /^nhom-a\/\.reportwright\.yaml ghi cho tệp này \("tuan\/\*\.md" trong reportFiles\) loại "statuss", loại này không tồn tại; có phải ý bạn là "status"\?/);
      assert.equal(findings[0].fix, undefined, 'the edit belongs in the configuration');
      // Nothing is checked as a kind the file does not have: no missing part is reported.
      assert.deepEqual(lintText(weekly, options('nhom-a/tuan/tuan-14.md')).filter((f) => f.ruleId === 'RW001'), []);
      const english = lintText('# Week 14\n\n## Done\n\nThe installer.\n', options('nhom-a/tuan/w14.md')).find((f) => f.ruleId === 'RW005');
      assert.match(english!.message, /^nhom-a\/\.reportwright\.yaml gives this file \("tuan\/\*\.md" in reportFiles\) the kind "statuss", which does not exist; did you mean "status"\?/);
    });
  });
});

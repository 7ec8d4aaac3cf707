import * as assert from 'node:assert/strict';
import { describeRuleFixtures, lintText, only } from '../helpers';

describe('RW306 placeholder', () => {
  describeRuleFixtures('RW306');

  const found = (lang: string, body: string) =>
    lintText(`---\nkind: status\nlang: ${lang}\n---\n${body}\n`, {}, only('RW306')).map((f) => f.message.match(/"([^"]+)"/)![1]);

  it('finds what templates leave in brackets: field names in capitals, a client, a feature, a week number', () => {
    assert.deepEqual(found('en', '# Weekly report [WEEK NUMBER]\n\n## Done\n\n- Met with [CLIENT NAME].\n- Shipped [feature name].\n'), ['[WEEK NUMBER]', '[CLIENT NAME]', '[feature name]']);
    // A component's tag before a merged change is the writer's own.
    assert.deepEqual(found('en', '# Weekly report\n\n## Done\n\n- [CLIENT] Fix crash on startup (#123)\n- [client] Retry uploads (#124)\n'), []);
    assert.deepEqual(found('vi', '# Báo cáo tuần [số tuần]\n\n## Kết quả\n\n- Gặp [TÊN KHÁCH HÀNG].\n'), ['[số tuần]', '[TÊN KHÁCH HÀNG]']);
    // A tag in a title and a link's text are not stand-ins.
    assert.deepEqual(found('en', '# [DRAFT] Weekly report\n\n## Done\n\n- See [the client][1].\n\n[1]: https://example.com\n'), []);
  });

  it('finds a stand-in in angle brackets alone on its line, which Markdown reads as HTML and a browser hides', () => {
    assert.deepEqual(found('en', '# Weekly report\n\n## Next week\n\n- <insert goal here>\n\n**Author:** <your-name>\n'), ['<insert goal here>', '<your-name>']);
    // Real HTML alone on its line is markup.
    assert.deepEqual(found('en', '# Weekly report\n\n## Next week\n\n<br>\n\n<details open>\n\n- Ship it.\n\n</details>\n'), []);
  });

  it('finds instructions to the writer that end in "here" or speak of "this text" or what "you" did', () => {
    assert.deepEqual(
      found('en', '# Weekly report\n\n## Next week\n\nReplace this text with your plans for the coming week.\n\n## Root cause\n\nExplain the root cause here.\n\n## Done\n\nDescribe what you did this week.\n'),
      ['Replace this text with your plans for the coming week.', 'Explain the root cause here.', 'Describe what you did this week.'],
    );
    assert.deepEqual(found('vi', '# Báo cáo tuần\n\n## Kế hoạch tuần tới\n\nNhập nội dung tại đây.\n'), ['Nhập nội dung tại đây.']);
    // A plan of the writer's own that starts with the same verbs is no instruction; nor, among other
    // tasks, one that speaks of "your" updates or of a page linked "here"; nor a statement of where a thing is.
    assert.deepEqual(found('en', '# Weekly report\n\n## Next week\n\n- Add tests for the importer.\n- Write the release notes.\n'), []);
    assert.deepEqual(found('en', '# Weekly report\n\n## Next week\n\n- Add your updates to the team tracker by Friday.\n- Describe the new API in the wiki page linked here.\n'), []);
    assert.deepEqual(found('en', '# Weekly report\n\n## API\n\nDescribe the new API in the wiki page linked here.\n'), []);
    assert.deepEqual(found('vi', '# Báo cáo tuần\n\n## Kiểm thử\n\nTóm tắt kết quả kiểm thử được lưu ở đây.\n'), []);
  });

  it('finds "xxx" as filler, in lower case as in capitals, but not inside a word', () => {
    assert.deepEqual(found('vi', '# Báo cáo tuần\n\n## Kết quả\n\nCông việc: xxx\n\n- xxx\n'), ['xxx', 'xxx']);
    assert.deepEqual(found('en', '# Weekly report\n\n## Done\n\nCall 090xxx or xxxx-yyyy; the cos-xxx images; xxx(xxx)[xxx].\n'), []);
  });
});

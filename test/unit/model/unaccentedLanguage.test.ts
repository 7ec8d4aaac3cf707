import * as assert from 'node:assert/strict';
import { lint, parseReport } from '../../../src/core';

describe('model: Vietnamese written without diacritics is Vietnamese', () => {
  const weekly = '# Bao cao tuan 3\n\n## 1. Cong viec da hoan thanh\n\n- Tao file schema.sql va du lieu mau\n- Cap nhat thiet ke co so du lieu\n\n## 2. Kho khan gap phai\n\n- Chua thong nhat ten bang giua tai lieu va code\n';

  it('detects the language of a weekly report typed without diacritics as Vietnamese, and speaks it', () => {
    const doc = parseReport(weekly, { forceKind: 'status' });
    assert.equal(doc.lang, 'vi');
    const missing = lint(doc).filter((f) => f.ruleId === 'RW001');
    assert.equal(missing.length, 1);
    assert.match(missing[0].message, /Báo cáo thiếu phần/);
  });

  it('detects minutes typed without diacritics as Vietnamese', () => {
    assert.equal(parseReport('# Bien ban hop nhom\n\nThanh phan: ca nhom.\n\nNoi dung: thao luan ve giao dien trang chu va chuc nang dang nhap.\n\nKet luan: nhom thong nhat lam tiep vao tuan sau.\n').lang, 'vi');
  });

  it('keeps English that names Vietnamese people, places or dishes English', () => {
    const texts = [
      '# Weekly status\n\n## Done\n\n- Thanh: fixed the login bug.\n- Tuan wrote the API for orders.\n- Nguyen Van Hieu reviewed the schema with Tran Thi Mai.\n\n## Next week\n\n- Hoang Minh Quan will deploy to Ho Chi Minh City.\n',
      '# Trip notes\n\nWe had pho bo, banh mi and bun cha in Hanoi, then took the train to Hue and Da Nang.\n',
      '# Meeting minutes\n\nPresent: Bao, Cao Minh, Thao, Trang, Khai, Hien, Tien.\n\nThe team agreed to ship on Friday.\n',
    ];
    for (const text of texts) assert.equal(parseReport(text).lang, 'en', text);
  });
});

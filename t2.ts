import { parseReport } from './src/core';
import { exportDocx, exportHtml } from './src/core/export';
import * as fs from 'fs';
import { execFileSync } from 'child_process';
(async () => {
const text = `---
kind: status
lang: en
title: Weekly status
author: Lan Nguyen
date: 2024-01-26
toc: true
---

# Team, week 5

Text[^1] and ^[an inline note]. <!-- hidden -->

1. Billing
   1. Migrated invoices.
   2. Closed the old API.
2. Support
   3. Answered.
   4. Wrote.

## Next week <!-- c -->

- Review.

[^1]: The **note**.
`;
const doc = parseReport(text);
const { data, notes } = await exportDocx(doc, { readFile: async () => { throw new Error('x'); } });
fs.writeFileSync('/tmp/t2.docx', data);
console.log(notes);
console.log(execFileSync('pandoc', ['-f','docx','-t','markdown','/tmp/t2.docx']).toString());
const { html } = await exportHtml(parseReport(text), { readFile: async () => { throw new Error('x'); } });
console.log(html.slice(html.indexOf('<body>')));
})();

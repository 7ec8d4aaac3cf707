import { parseReport } from './src/core';
import { exportPdf } from './src/core/export';
import * as fs from 'fs';
(async () => {
const text = fs.readFileSync('/tmp/t2src.md','utf8');
const r = await exportPdf(parseReport(text), { readFile: async () => { throw new Error('x'); } });
fs.writeFileSync('/tmp/t4.pdf', r.data);
})();

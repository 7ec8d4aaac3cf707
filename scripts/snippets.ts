/** Writes snippets/markdown.code-snippets from the built-in kinds (a unit test keeps it in step). */
import { writeFileSync } from 'node:fs';
import { BUILTIN_KINDS } from '../src/core';
import { buildSnippets } from '../src/core/templates';

export const SNIPPETS_FILE = 'snippets/markdown.code-snippets';

writeFileSync(SNIPPETS_FILE, JSON.stringify(buildSnippets(BUILTIN_KINDS), null, 2) + '\n');
console.log(`wrote ${SNIPPETS_FILE}`);

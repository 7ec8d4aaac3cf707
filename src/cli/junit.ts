import type { Finding } from '../core';
import type { FileFindings, UnreadFile } from './format';

/**
 * JUnit XML, the report format CI services show as test results (GitLab's `artifacts:reports:junit`,
 * Jenkins, Azure Pipelines): one test suite per file, one failed test case per finding (its
 * type the severity, its text `file:line:column severity rule message`), and one passing test
 * case for a report without findings; a Markdown file not checked as a report (no `kind:`) is
 * one skipped test case, `<skipped message="why"/>`, never a passing one (GitLab and Jenkins
 * count and show it as skipped, with the message); a file that could not be read is a test case
 * in error (its text why). Follows the structure of Jenkins' junit-10.xsd (testsuites > testsuite
 * > testcase > failure | error | skipped; `skipped` counted on each suite, where the schema has
 * it); characters XML 1.0 cannot carry are written as \uXXXX.
 */
export function toJunit(results: readonly FileFindings[], unread: readonly UnreadFile[] = []): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const total = results.reduce((n, r) => n + Math.max(1, r.findings.length), 0) + unread.length;
  const failures = results.reduce((n, r) => n + r.findings.length, 0);
  out.push(`<testsuites name="Reportwright" tests="${total}" failures="${failures}" errors="${unread.length}" time="0">`);
  results.forEach(({ file, findings, skipped }, index) => {
    const name = attribute(file);
    const tests = Math.max(1, findings.length);
    const skip = findings.length === 0 && skipped !== undefined;
    out.push(`  <testsuite name="${name}" id="${index}" tests="${tests}" failures="${findings.length}" errors="0" skipped="${skip ? 1 : 0}" time="0">`);
    if (skip) {
      out.push(`    <testcase classname="${name}" name="not checked as a report" file="${name}" time="0">`);
      out.push(`      <skipped message="${attribute(skipped)}"/>`);
      out.push('    </testcase>');
    } else if (findings.length === 0) out.push(`    <testcase classname="${name}" name="no problems" file="${name}" time="0"/>`);
    for (const finding of findings) out.push(testCase(file, finding));
    out.push('  </testsuite>');
  });
  unread.forEach(({ file, message }, index) => {
    const name = attribute(file);
    out.push(`  <testsuite name="${name}" id="${results.length + index}" tests="1" failures="0" errors="1" skipped="0" time="0">`);
    out.push(`    <testcase classname="${name}" name="read the file" file="${name}" time="0">`);
    out.push(`      <error type="unreadable" message="${attribute(message)}">${text(`${file}: ${message}`)}</error>`);
    out.push('    </testcase>');
    out.push('  </testsuite>');
  });
  out.push('</testsuites>');
  return out.join('\n');
}

function testCase(file: string, f: Finding): string {
  const line = f.range.start.line + 1;
  const column = f.range.start.character + 1;
  const rule = `${f.ruleId}/${f.ruleName}`;
  // The place, the rule and the message: unique in a file, as readers that merge same-named cases need.
  const caseName = attribute(`${line}:${column} ${rule} ${f.message}`);
  const body = text(`${file}:${line}:${column} ${f.severity} ${rule} ${f.message}`);
  return [
    `    <testcase classname="${attribute(file)}" name="${caseName}" file="${attribute(file)}" line="${line}" time="0">`,
    `      <failure type="${f.severity}" message="${attribute(f.message)}">${body}</failure>`,
    '    </testcase>',
  ].join('\n');
}

/** Text content: &, < and > escaped; characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/FFFF) spelt \uXXXX. */
function text(value: string): string {
  return safe(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value in double quotes: also " escaped, and tabs and line breaks kept as character references. */
function attribute(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function safe(value: string): string {
  return value.replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseReport, type ReportDocument } from '../../../src/core';
import type { ReadFile } from '../../../src/core/export';
import { FIXTURES } from '../helpers';

export const EXPORT_FIXTURES = path.join(FIXTURES, 'export');

/** A fixture report of test/fixtures/export, parsed as the command line would. */
export function fixtureReport(name: string): ReportDocument {
  return parseReport(fs.readFileSync(path.join(EXPORT_FIXTURES, name), 'utf8'));
}

/** Reads images relative to the fixture folder, as the command line does relative to a report. */
export const readFixtureFile: ReadFile = async (src) => new Uint8Array(fs.readFileSync(path.resolve(EXPORT_FIXTURES, src)));

export const noFiles: ReadFile = async (src) => {
  throw new Error(`no file ${src}`);
};

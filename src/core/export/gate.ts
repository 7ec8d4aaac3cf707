import type { Localized } from '../i18n';
import type { Finding } from '../rules/types';

/** The rule that reports placeholders ("TODO", "…", `${1:…}`) left in a report. */
export const PLACEHOLDER_RULE = 'RW306';

/**
 * The export gate: a finished report has no error findings and no placeholders. A report
 * that does is not refused outright; the writer is told how many and decides (the editor asks
 * "Export anyway?"; the command line's `--strict` fails).
 */
export interface GateResult {
  /** Findings of severity error, placeholders aside. */
  errors: number;
  /** Placeholder findings (RW306), whatever their severity. */
  placeholders: number;
  open: boolean;
}

export function checkGate(findings: readonly Finding[]): GateResult {
  let errors = 0;
  let placeholders = 0;
  for (const finding of findings) {
    if (finding.ruleId === PLACEHOLDER_RULE) placeholders++;
    else if (finding.severity === 'error') errors++;
  }
  return { errors, placeholders, open: errors === 0 && placeholders === 0 };
}

/** "2 errors and 1 placeholder (RW306)" / "2 lỗi và 1 chỗ chưa điền (RW306)": what the gate found. */
export function gateSummary(gate: GateResult): Localized {
  const en: string[] = [];
  const vi: string[] = [];
  if (gate.errors) {
    en.push(`${gate.errors} error${gate.errors === 1 ? '' : 's'}`);
    vi.push(`${gate.errors} lỗi`);
  }
  if (gate.placeholders) {
    en.push(`${gate.placeholders} placeholder${gate.placeholders === 1 ? '' : 's'} (RW306)`);
    vi.push(`${gate.placeholders} chỗ chưa điền (RW306)`);
  }
  return { en: en.join(' and ') || 'no problems', vi: vi.join(' và ') || 'không có vấn đề' };
}

import * as vscode from 'vscode';
import type { ReportDocument } from '../../core';
import { htmlPage } from '../../core/export/html';
import { imageSources, loadImages } from '../../core/export/images';
import { inlineTokens } from '../../core/render/report';
import { isProfileId, type PageProfile, PROFILES } from '../../core/export/profiles';

/** What the page needs to lay the report out in pages (media/paged.js). */
export interface PagedMessage {
  /** The export's stylesheet for the profile (the `<style>` of the HTML the PDF printer gets). */
  css: string;
  /** The body of that HTML: the title block, the contents, the report, its footnotes. */
  body: string;
  layout: Pick<PageProfile, 'paper' | 'margins' | 'pageNumbers'>;
}

/**
 * The paged print preview's content: the very HTML the PDF export prints (`htmlPage`, local
 * images embedded as data URIs, read beside the report through VS Code's file system), cut
 * into its stylesheet and its body, with the profile's page geometry.
 */
export async function pagedMessage(doc: ReportDocument, profileSetting: unknown, report: vscode.Uri): Promise<PagedMessage> {
  const profile = PROFILES[isProfileId(profileSetting) ? profileSetting : 'default'];
  const images = await loadImages(imageSources(inlineTokens(doc)), async (src) => {
    const isAbsolute = /^(?:\/|[a-zA-Z]:[\\/])/.test(src);
    const base = report.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(report, '..');
    if (!isAbsolute && !base) throw new Error(`no folder to read ${src} from`);
    return vscode.workspace.fs.readFile(isAbsolute ? vscode.Uri.file(src) : vscode.Uri.joinPath(base!, src));
  });
  const page = htmlPage(doc, images, { profile });
  const css = /<style>\n([\s\S]*?)\n<\/style>/.exec(page)?.[1] ?? '';
  const body = /<main class="report">\n([\s\S]*?)<\/main>\n<\/body>/.exec(page)?.[1] ?? '';
  return { css, body, layout: { paper: profile.paper, margins: profile.margins, pageNumbers: profile.pageNumbers } };
}

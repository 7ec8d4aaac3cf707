import * as vscode from 'vscode';
import type { ReportDocument } from '../../core';
import { htmlPage } from '../../core/export/html';
import { imageSources, loadImages, MAX_IMAGE_BYTES } from '../../core/export/images';
import { officialPageProfile } from '../../core/export/officialLayout';
import { inlineTokens } from '../../core/render/report';
import { type PageLayout, pageLayout } from '../../core/export/pages';
import { isProfileId, type PageProfile, PROFILES } from '../../core/export/profiles';
import { readImageBeside } from '../safeRead';

/** What the page needs to lay the report out in pages (media/paged.js). */
export interface PagedMessage {
  /** The export's stylesheet for the profile (the `<style>` of the HTML the PDF printer gets). */
  css: string;
  /** The body of that HTML: the title block, the contents, the report, its footnotes (which the layout puts at the foot of their pages). */
  body: string;
  layout: PageLayout;
}

/**
 * The profile the export lays a report out in: the setting `reportwright.export.profile` when it
 * names nd30 or hd36, else an official document's own (front matter `profile`, or its kind's),
 * else `default`. The flowing preview's `document` style and the paged view both follow it.
 */
export function exportProfile(doc: ReportDocument, profileSetting: unknown): PageProfile {
  const requested = isProfileId(profileSetting) ? profileSetting : 'default';
  return PROFILES[requested !== 'default' ? requested : (officialPageProfile(doc) ?? 'default')];
}

/**
 * The paged print preview's content: the very HTML the PDF export prints (`htmlPage` offline:
 * web images as links; local images embedded as data URIs, read as the export reads them, from
 * the report's workspace folder only, through VS Code's file system), cut into its stylesheet
 * and its body, with the page geometry of the profile the export would use (an official
 * document's own, unless the setting names nd30 or hd36).
 */
export async function pagedMessage(doc: ReportDocument, profileSetting: unknown, report: vscode.Uri): Promise<PagedMessage> {
  const profile = exportProfile(doc, profileSetting);
  const images = await loadImages(imageSources(inlineTokens(doc)), (src) => readImageBeside(report, src, MAX_IMAGE_BYTES));
  const page = htmlPage(doc, images, { profile, offline: true });
  const css = /<style>\n([\s\S]*?)\n<\/style>/.exec(page)?.[1] ?? '';
  const body = /<main class="report">\n([\s\S]*?)<\/main>\n<\/body>/.exec(page)?.[1] ?? '';
  return { css, body, layout: pageLayout(profile) };
}

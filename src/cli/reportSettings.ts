import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { Lang, Localized } from '../core/i18n';
import type { KindRegistry } from '../core/kinds/registry';
import type { LintOptions } from '../core/lint';
import type { ParseOptions } from '../core/model/document';
import { CONFIG_FILE_NAMES, loadConfigFile, type ReportwrightConfig } from '../core/config/configFile';
import { type CheckSettings, withConfig } from '../core/config/settings';
import { ReadRefused } from '../core/export/images';
import { configIgnores } from './ignores';
import { KIND_FOLDER, loadKinds } from './kinds';
import { MAX_DATA_FILE_BYTES, readRegularFile, SYMBOLIC_LINK } from './safeRead';
import type { Io } from './main';
import { decodeDataFile } from '../core/text/encoding';
import { pathExistsSync } from '../core/pathExists';
import { globUnder } from '../core/text/safeGlob';

export interface FileSettings {
  parse: ParseOptions;
  lint: LintOptions;
  /** The configuration file that applies, if any. */
  configFile?: string;
  /** The configuration's `ignores` name this file: the command line does not lint it. */
  ignored: boolean;
  /** The configuration lists its reports (`reportFiles`): a file it leaves out is meant to be no report. */
  reportsListed: boolean;
}

/**
 * How each file is checked: the command-line options, over which the nearest
 * `.reportwright.json` / `.reportwright.yaml` up the folder tree is laid (or the one `--config`
 * names). Globs are made absolute so that each layer's keep their own folder. A broken
 * configuration or kind file is said once, on stderr, and the layers under it apply.
 */
export class ReportSettings {
  /** Set when a configuration or kind file was broken: the run then exits 2. */
  failed = false;
  private readonly configs = new Map<string, Promise<{ file: string; config: ReportwrightConfig } | undefined>>();
  private readonly registries = new Map<string, Promise<KindRegistry>>();
  private readonly said = new Set<string>();
  private readonly ignoreLists = new Map<string, (file: string) => boolean>();
  private readonly kindFolders = new Map<string, Promise<string | undefined>>();
  private readonly base: CheckSettings;

  constructor(
    private readonly io: Io,
    private readonly options: { configFile?: string; reportFiles: string[]; kinds: string[]; /** The language of its problems: --lang, else English. */ lang?: Lang },
    private readonly cwdKinds: KindRegistry,
  ) {
    this.base = { rules: {}, reportFiles: options.reportFiles.map((g) => absoluteGlob(io.cwd, g)), kinds: [] };
  }

  async forFile(file: string): Promise<FileSettings> {
    const found = await this.configFor(path.dirname(file));
    const folder = found ? path.dirname(found.file) : undefined;
    const settings = found ? withConfig(this.base, found.config, toPosix(folder!), toPosix(path.relative(this.io.cwd, found.file) || found.file)) : this.base;
    // The configuration's heading synonyms join every kind that has the role.
    const kinds = found ? (await this.registryFor(folder!, found.config.kinds ?? [])).withSynonyms(found.config.synonyms) : await this.nearestKinds(path.dirname(file));
    return {
      parse: { relativePath: toPosix(file), reportFiles: settings.reportFiles, reportKinds: settings.reportKinds, kinds },
      lint: { rules: settings.rules, ...(settings.toneMarks ? { options: { toneMarks: settings.toneMarks } } : {}) },
      configFile: found?.file,
      ignored: found?.config.ignores ? this.ignoresOf(found.file, found.config.ignores)(file) : false,
      reportsListed: found?.config.reportFiles !== undefined,
    };
  }

  private ignoresOf(configFile: string, patterns: string[]): (file: string) => boolean {
    let matcher = this.ignoreLists.get(configFile);
    if (!matcher) this.ignoreLists.set(configFile, (matcher = configIgnores(path.dirname(configFile), patterns)));
    return matcher;
  }

  private configFor(folder: string): Promise<{ file: string; config: ReportwrightConfig } | undefined> {
    if (this.options.configFile) return this.cached(path.resolve(this.io.cwd, this.options.configFile), () => this.read(path.resolve(this.io.cwd, this.options.configFile!), true));
    return this.cached(folder, async () => {
      for (const name of CONFIG_FILE_NAMES) {
        const candidate = path.join(folder, name);
        // A link counts as there (it is refused in words, not passed over for the folder above).
        if (pathExistsSync(candidate)) return this.read(candidate, false);
      }
      const parent = path.dirname(folder);
      return parent === folder ? undefined : this.configFor(parent);
    });
  }

  private cached<T extends { file: string; config: ReportwrightConfig } | undefined>(key: string, load: () => Promise<T>): Promise<T> {
    let entry = this.configs.get(key) as Promise<T> | undefined;
    if (!entry) this.configs.set(key, (entry = load()));
    return entry;
  }

  /**
   * Reads a configuration file: the one `--config` names (`named`) as it is, a link followed; one
   * found up a report's folders only when it is a regular file, never through a symbolic link
   * (as git reads a `.gitignore`): a repository's files decide what its configuration is, and a
   * link could make a lint read, and quote in its messages, a file from elsewhere.
   */
  private async read(file: string, named: boolean): Promise<{ file: string; config: ReportwrightConfig } | undefined> {
    const shown = path.relative(this.io.cwd, file) || file;
    let text;
    try {
      text = decodeDataFile(await readRegularFile(file, MAX_DATA_FILE_BYTES, { noFollow: !named }), 'drop');
    } catch (error) {
      const why = error instanceof ReadRefused ? error.words : { en: String(error), vi: String(error) };
      // A link is refused, not broken: the writer who means it names it.
      const hint = why === SYMBOLIC_LINK ? { en: ` (to use it, name it: --config ${shown})`, vi: ` (muốn dùng thì ghi tên nó: --config ${shown})` } : { en: '', vi: '' };
      this.say({ en: `${shown}: cannot read the configuration: ${why.en}${hint.en}`, vi: `${shown}: không đọc được cấu hình: ${why.vi}${hint.vi}` });
      return undefined;
    }
    const { config, problems } = loadConfigFile(text, file);
    for (const p of problems) {
      const at = `${shown}:${p.range.start.line + 1}:${p.range.start.character + 1}`;
      this.say({ en: `${at}: this configuration is not used: ${p.message.en}`, vi: `${at}: cấu hình này không được dùng: ${p.message.vi}` });
    }
    return config ? { file, config } : undefined;
  }

  /**
   * Without a configuration file: the kinds of the nearest folder up from the report that has
   * `.reportwright/kinds` (a report's project, wherever the command runs), else the command line's.
   */
  private nearestKinds(folder: string): Promise<KindRegistry> {
    const cwd = path.resolve(this.io.cwd);
    return this.kindFolderFor(path.resolve(cwd, folder)).then((dir) => (dir === undefined || dir === cwd ? this.cwdKinds : this.registryFor(dir, [])));
  }

  /** The nearest folder from `folder` up that has `.reportwright/kinds`; each folder asked once a run, not once a file. */
  private kindFolderFor(folder: string): Promise<string | undefined> {
    let found = this.kindFolders.get(folder);
    if (!found) {
      const parent = path.dirname(folder);
      found = existsSync(path.join(folder, KIND_FOLDER)) ? Promise.resolve(folder) : parent === folder ? Promise.resolve(undefined) : this.kindFolderFor(parent);
      this.kindFolders.set(folder, found);
    }
    return found;
  }

  /** The kinds of a configuration's folder (its .reportwright/kinds and the files it names), over the command line's. */
  private registryFor(folder: string, globs: string[]): Promise<KindRegistry> {
    const key = `${folder}\n${globs.join('\n')}`;
    let registry = this.registries.get(key);
    if (!registry) {
      registry = loadKinds(folder, globs).then(({ custom, problems }) => {
        for (const problem of problems) this.say(problem);
        return this.cwdKinds.with(custom);
      });
      this.registries.set(key, registry);
    }
    return registry;
  }

  private say(problem: Localized): void {
    this.failed = true;
    const text = problem[this.options.lang ?? 'en'];
    if (this.said.has(text)) return;
    this.said.add(text);
    this.io.err(`reportwright: ${text}`);
  }
}


function toPosix(p: string): string {
  return p.replace(/\\/g, '/');
}

/** A glob given on the command line, under the working folder (its path escaped, "." and ".." resolved); an absolute one as it is. */
function absoluteGlob(cwd: string, glob: string): string {
  return path.isAbsolute(glob) ? toPosix(glob) : globUnder(toPosix(cwd), toPosix(glob));
}

import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { type CheckSettings, CONFIG_FILE_NAMES, type KindRegistry, type Lang, type LintOptions, type Localized, loadConfigFile, type ParseOptions, type ReportwrightConfig, withConfig } from '../core';
import { ReadRefused } from '../core/export/images';
import { configIgnores } from './ignores';
import { KIND_FOLDER, loadKinds } from './kinds';
import { MAX_DATA_FILE_BYTES, readRegularFile } from './safeRead';
import type { Io } from './main';
import { decodeDataFile } from '../core/text/encoding';

export interface FileSettings {
  parse: ParseOptions;
  lint: LintOptions;
  /** The configuration file that applies, if any. */
  configFile?: string;
  /** The configuration's `ignores` name this file: the command line does not lint it. */
  ignored: boolean;
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
    const settings = found ? withConfig(this.base, found.config, toPosix(folder!)) : this.base;
    // The configuration's heading synonyms join every kind that has the role.
    const kinds = found ? (await this.registryFor(folder!, found.config.kinds ?? [])).withSynonyms(found.config.synonyms) : await this.nearestKinds(path.dirname(file));
    return {
      parse: { relativePath: toPosix(file), reportFiles: settings.reportFiles, kinds },
      lint: { rules: settings.rules, ...(settings.toneMarks ? { options: { toneMarks: settings.toneMarks } } : {}) },
      configFile: found?.file,
      ignored: found?.config.ignores ? this.ignoresOf(found.file, found.config.ignores)(file) : false,
    };
  }

  private ignoresOf(configFile: string, patterns: string[]): (file: string) => boolean {
    let matcher = this.ignoreLists.get(configFile);
    if (!matcher) this.ignoreLists.set(configFile, (matcher = configIgnores(path.dirname(configFile), patterns)));
    return matcher;
  }

  private configFor(folder: string): Promise<{ file: string; config: ReportwrightConfig } | undefined> {
    if (this.options.configFile) return this.cached(path.resolve(this.io.cwd, this.options.configFile), () => this.read(path.resolve(this.io.cwd, this.options.configFile!)));
    return this.cached(folder, async () => {
      for (const name of CONFIG_FILE_NAMES) {
        const candidate = path.join(folder, name);
        if (existsSync(candidate)) return this.read(candidate);
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

  private async read(file: string): Promise<{ file: string; config: ReportwrightConfig } | undefined> {
    const shown = path.relative(this.io.cwd, file) || file;
    let text;
    try {
      text = decodeDataFile(await readRegularFile(file, MAX_DATA_FILE_BYTES), 'drop');
    } catch (error) {
      const why = error instanceof ReadRefused ? error.words : { en: String(error), vi: String(error) };
      this.say({ en: `${shown}: cannot read the configuration: ${why.en}`, vi: `${shown}: không đọc được cấu hình: ${why.vi}` });
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
    for (let dir = path.resolve(cwd, folder); ; dir = path.dirname(dir)) {
      if (existsSync(path.join(dir, KIND_FOLDER))) return dir === cwd ? Promise.resolve(this.cwdKinds) : this.registryFor(dir, []);
      if (path.dirname(dir) === dir) return Promise.resolve(this.cwdKinds);
    }
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

function absoluteGlob(cwd: string, glob: string): string {
  return toPosix(path.isAbsolute(glob) ? glob : path.join(cwd, glob));
}

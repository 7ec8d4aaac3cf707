import { closest } from '../text/fold';
import { BUILTIN_KINDS } from './builtin';
import type { ReportKind } from './kind';
import { type RoleSynonyms, withRoleSynonyms } from './synonyms';

/** The kinds a document can name: built-ins, possibly overridden or extended by a workspace. */
export class KindRegistry {
  private readonly byId = new Map<string, ReportKind>();

  constructor(kinds: readonly ReportKind[] = BUILTIN_KINDS) {
    for (const kind of kinds) this.byId.set(kind.id, kind);
  }

  /** A registry with these kinds added; a kind with a built-in's id replaces it. */
  with(kinds: readonly ReportKind[]): KindRegistry {
    return new KindRegistry([...this.byId.values(), ...kinds]);
  }

  private readonly taught = new WeakMap<RoleSynonyms, KindRegistry>();

  /**
   * A registry whose kinds also know these heading synonyms (a configuration file's
   * `synonyms`), for every kind that has the role. Kept per synonyms object, so that a report
   * parsed again with the same configuration reuses the kinds and their matchers.
   */
  withSynonyms(synonyms: RoleSynonyms | undefined): KindRegistry {
    if (!synonyms) return this;
    let registry = this.taught.get(synonyms);
    if (!registry) {
      registry = new KindRegistry(this.all.map((kind) => withRoleSynonyms(kind, synonyms)));
      this.taught.set(synonyms, registry);
    }
    return registry;
  }

  get(id: string): ReportKind | undefined {
    return this.byId.get(id);
  }

  get ids(): string[] {
    return [...this.byId.keys()];
  }

  get all(): ReportKind[] {
    return [...this.byId.values()];
  }

  /**
   * The known kind id `id` is a typo of ("revew" → "review", "statuss" → "status", "post mortem"
   * → "post-mortem", "anual-report" → "annual-report"): the same first letter and one edit, two
   * for a name of 8 letters or more. Undefined when none is that near: "okr", "state",
   * "preview", "meeting-minutes" are names of their own, never rewritten into another kind.
   */
  closestId(id: string): string | undefined {
    const found = closest(id, this.ids, id.length >= 8 ? 2 : 1);
    return found && found[0].toLowerCase() === id.trim()[0]?.toLowerCase() ? found : undefined;
  }
}

export const DEFAULT_KINDS = new KindRegistry();

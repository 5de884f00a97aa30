/**
 * The one contract for every file the widgets load only when a page needs
 * it: a language, the strict wording, the reader of a site's JSON words, and
 * whatever comes next.
 *
 * - Loaded once per page and cached: every widget that asks shares one
 *   request, and a file that failed is not asked for again.
 * - `load()` never rejects. It resolves to the module, or to `undefined` when
 *   the file failed, was refused, or did not look like the module expected.
 *   Then exactly one `console.warn`, prefixed `cst-widgets:`, names the file
 *   and says what the visitor sees instead (`fallback`).
 * - The files are found beside the drop-in script (files.ts says how, and
 *   when they cannot be: a script pasted inline, or run from `blob:`).
 *
 * A widget does not call this directly: its controllers do (language.ts,
 * own-words.ts, feature.ts), and they decide whether a render waits for the
 * file (briefly) or shows its fallback at once.
 */
import { whereFilesAre } from './files.js';

export interface OptionalFileOptions<T> {
  /** The file as the warning names it, e.g. `features/benefits-strict.js`. */
  file: string;
  /** What the visitor sees when it cannot load, e.g. `the widgets show English`. */
  fallback: string;
  /** Imports the module. Tests replace it to make a load slow or fail. */
  load: () => Promise<unknown>;
  /**
   * What the module must export: a file that loads but lacks them (another
   * version's, say) counts as failed, rather than breaking a render.
   */
  exports: readonly (keyof T & string)[];
}

export class OptionalFile<T> {
  readonly file: string;
  readonly fallback: string;
  /** Imports the module. Tests replace it to make a load slow or fail. */
  load: () => Promise<unknown>;
  private readonly exports: readonly string[];
  private loading?: Promise<T | undefined>;
  private result?: { module: T | undefined };

  constructor(options: OptionalFileOptions<T>) {
    this.file = options.file;
    this.fallback = options.fallback;
    this.load = options.load;
    this.exports = options.exports;
  }

  /** The module once loaded; `undefined` before that, or when it failed. */
  get module(): T | undefined {
    return this.result?.module;
  }

  /** True once the file has loaded or failed: nothing more will happen. */
  get settled(): boolean {
    return this.result !== undefined;
  }

  /** Loads the file once; resolves to the module, or undefined (warned). */
  get(): Promise<T | undefined> {
    this.loading ??= this.fetch().then((module) => {
      this.result = { module };
      return module;
    });
    return this.loading;
  }

  private async fetch(): Promise<T | undefined> {
    const refused = whereFilesAre().problem;
    if (refused) return this.fail(refused);
    let module: unknown;
    try {
      module = await this.load();
    } catch (error) {
      return this.fail(`it could not be loaded (${String(error).slice(0, 200)})`);
    }
    const has = (name: string) =>
      typeof module === 'object' && module !== null && name in module;
    if (!this.exports.every(has)) return this.fail('it is not the expected file');
    return module as T;
  }

  private fail(why: string): undefined {
    console.warn(`cst-widgets: ${this.file}: ${why}, so ${this.fallback}.`);
    return undefined;
  }
}

/**
 * The widgets' own `msg()`: @lit/localize's lookup, answering in the
 * language of the widget that is rendering.
 *
 * @lit/localize's own `msg()` answers through whatever one call of
 * `configureLocalization` (or its reentrant form) installed, once per copy
 * of the library. An app that bundles the npm build shares that copy with
 * the widgets, so whichever configured it second would get "lit-localize can
 * only be configured once", and the first would speak for both. The widgets
 * therefore never configure it: they call its lookup (`runtimeMsg`, the same
 * function its reentrant mode installs) with their own strings, so an app's
 * localization and theirs never touch.
 *
 * This `msg` has @lit/localize's own type, so `lit-localize extract` finds
 * its calls as it finds those of the library's `msg`. `runtimeMsg` lives
 * under the package's `internal/` folder: package.json pins the minor
 * version, and test/app-localize.test.ts fails if it moves.
 */
import type { LocaleModule, MsgFn, MsgOptions, TemplateLike } from '@lit/localize';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';

type Templates = LocaleModule['templates'];

/** The strings of the language being rendered; undefined for English, the source. */
let speaking: Templates | undefined;

/** Runs `body` (a synchronous render) with `msg()` answering from `templates`. */
export function speak<T>(templates: Templates | undefined, body: () => T): T {
  const previous = speaking;
  speaking = templates;
  try {
    return body();
  } finally {
    speaking = previous;
  }
}

/** `msg()` of @lit/localize, in the language being rendered. */
export const msg = ((template: TemplateLike, options?: MsgOptions) =>
  runtimeMsg(speaking, template, options)) as MsgFn;

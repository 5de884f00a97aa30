import { expect } from '@open-wc/testing';
import { OptionalFile } from '../src/internal/optional-file.js';
import { recordWarnings } from './helpers.js';

/**
 * The contract of every file the widgets load when a page needs it
 * (src/internal/optional-file.ts), apart from any widget: loaded once, never
 * a rejection, one warning that names the file and what shows instead.
 */
describe('an optional file', () => {
  const warnings = recordWarnings();

  function file(load: () => Promise<unknown>) {
    let loads = 0;
    const optional = new OptionalFile<{ render: () => string }>({
      file: 'features/example.js',
      fallback: 'the example shows its fallback',
      load: () => {
        loads += 1;
        return load();
      },
      exports: ['render'],
    });
    return { optional, loads: () => loads };
  }

  it('loads once, for every caller, and gives the module', async () => {
    const module = { render: () => 'ok' };
    const { optional, loads } = file(() => Promise.resolve(module));
    expect(optional.settled).to.equal(false);
    const results = await Promise.all([optional.get(), optional.get(), optional.get()]);
    expect(results).to.deep.equal([module, module, module]);
    expect(optional.module).to.equal(module);
    expect(optional.settled).to.equal(true);
    expect(loads()).to.equal(1);
    expect(warnings).to.deep.equal([]);
  });

  for (const [name, load] of [
    ['a failed request', () => Promise.reject(new TypeError('Failed to fetch'))],
    ['a throw', () => Promise.reject(new Error('boom'))],
    ['a rejection with no error', () => Promise.reject(undefined)],
  ] as const) {
    it(`resolves to undefined on ${name}, warns once and never asks again`, async () => {
      const { optional, loads } = file(load);
      expect(await optional.get()).to.equal(undefined);
      expect(await optional.get()).to.equal(undefined);
      expect(optional.settled).to.equal(true);
      expect(loads()).to.equal(1);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(
        /^cst-widgets: features\/example\.js: it could not be loaded \(.*\), so the example shows its fallback\.$/,
      );
    });
  }

  for (const [name, module] of [
    ['a module without the export', { other: () => '' }],
    ['nothing', undefined],
    ['null', null],
    ['a string', 'export default 1'],
  ] as const) {
    it(`counts ${name} as a failure, with one warning`, async () => {
      const { optional } = file(() => Promise.resolve(module));
      expect(await optional.get()).to.equal(undefined);
      expect(warnings).to.deep.equal([
        'cst-widgets: features/example.js: it is not the expected file, so the example shows its fallback.',
      ]);
    });
  }
});

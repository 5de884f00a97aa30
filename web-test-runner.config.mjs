import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { emulateMediaPlugin } from '@web/test-runner-commands/plugins';
import {
  CHROMIUM_ARGS,
  FIREFOX_PREFS,
  findChromium,
  findFirefox,
  findWebKit,
} from './scripts/browsers.mjs';
import { webkitLauncher } from './scripts/webkit-launcher.mjs';
import { a11yTreePlugin, emulateMediaFeaturesPlugin } from './scripts/a11y-commands.mjs';
import { testServerMiddleware } from './scripts/test-server.mjs';

// Every installed engine runs the whole suite: Chromium always, Firefox and
// WebKit when they are found (scripts/browsers.mjs says where it looks).
// BROWSERS=chromium,webkit runs only those.
const ENGINES = {
  chromium: {
    name: 'Chromium',
    find: findChromium,
    install: 'apt-get install chromium, or set CHROME_PATH',
    launcher: (executablePath) =>
      chromeLauncher({
        // Passing puppeteer makes the report say "Chromium", not "Chrome".
        puppeteer: puppeteerCore,
        launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
      }),
  },
  firefox: {
    name: 'Firefox',
    find: findFirefox,
    install: 'apt-get install firefox-esr, or set FIREFOX_PATH',
    // puppeteer-core drives Firefox over WebDriver BiDi: no geckodriver.
    launcher: (executablePath) =>
      chromeLauncher({
        puppeteer: puppeteerCore,
        launchOptions: {
          browser: 'firefox',
          executablePath,
          headless: true,
          extraPrefsFirefox: FIREFOX_PREFS,
        },
      }),
  },
  webkit: {
    name: 'WebKit',
    find: findWebKit,
    install: 'apt-get install webkit2gtk-driver xvfb',
    launcher: webkitLauncher,
  },
};

const wanted = (process.env.BROWSERS || Object.keys(ENGINES).join(','))
  .toLowerCase()
  .split(/[\s,]+/)
  .filter(Boolean);
const unknown = wanted.filter((key) => !(key in ENGINES));
if (unknown.length) {
  throw new Error(`BROWSERS: unknown ${unknown.join(', ')}; use ${Object.keys(ENGINES)}`);
}
const browsers = [];
const ran = [];
const notRun = [];
for (const key of wanted) {
  const engine = ENGINES[key];
  const found = engine.find();
  if (found) {
    browsers.push(engine.launcher(found));
    ran.push(`${engine.name} (${found.browser ?? found})`);
  } else if (key === 'chromium') {
    throw new Error(`Chromium not found (Debian: ${engine.install}).`);
  } else {
    notRun.push(`${engine.name}: not installed (Debian: ${engine.install})`);
  }
}
console.log(`Browser engines: ${ran.join(', ')}`);
for (const line of notRun) console.log(`Not run: ${line}`);

/**
 * Answers the `can-emulate-media` command (test/helpers.ts) by doing what
 * `emulateMedia()` does, without logging a failure: Firefox over WebDriver
 * BiDi and the WebDriver launcher (WebKit) cannot emulate media.
 */
function canEmulateMediaPlugin() {
  const emulate = emulateMediaPlugin();
  return {
    name: 'can-emulate-media',
    async executeCommand({ command, session }) {
      if (command !== 'can-emulate-media') return undefined;
      const payload = { colorScheme: 'light' };
      return emulate.executeCommand({ command: 'emulate-media', payload, session }).then(
        () => true,
        () => false,
      );
    },
  };
}

/**
 * Serves each `*.test.tsx` file (the React and Vue tests) as one ES module
 * bundled by esbuild, as an app's bundler would: React and react-dom ship
 * CommonJS, which the browser cannot import as they are, and Vue's builds
 * expect a bundler (its full build here, with the template compiler). The
 * bundle's copy of src/ has no source map, so coverage counts src/ as the
 * other tests load it.
 */
function bundleTsxTestsPlugin() {
  return {
    name: 'bundle-tsx-tests',
    async serve(context) {
      if (!context.path.startsWith('/test/') || !context.path.endsWith('.test.tsx')) {
        return undefined;
      }
      const result = await build({
        entryPoints: [`.${context.path}`],
        bundle: true,
        write: false,
        format: 'esm',
        target: 'es2022',
        jsx: 'automatic',
        tsconfig: './tsconfig.json',
        alias: { vue: 'vue/dist/vue.esm-bundler.js' },
        define: {
          'process.env.NODE_ENV': '"development"',
          __VUE_OPTIONS_API__: 'true',
          __VUE_PROD_DEVTOOLS__: 'false',
          __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
        },
        // package.json's `sideEffects` names lib/define.js, not src/define.ts:
        // without this, esbuild drops the test's `import '../src/define.js'`.
        ignoreAnnotations: true,
        logLevel: 'silent',
      });
      return { body: result.outputFiles[0].text, type: 'js' };
    },
  };
}

export default {
  // HTML test pages are served as they are: the CSP pages get their header
  // from scripts/test-server.mjs.
  // Each widget's tests are in test/<widget>/; what concerns all of them
  // (languages, the drop-in script, accessibility, SSR) is in test/.
  files: ['test/**/*.test.ts', 'test/**/*.test.tsx', 'test/**/*.test.html'],
  nodeResolve: true,
  middleware: testServerMiddleware,
  plugins: [
    bundleTsxTestsPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    canEmulateMediaPlugin(),
    emulateMediaFeaturesPlugin(),
    a11yTreePlugin(),
  ],
  browsers,
  // One page at a time: a background tab gets no animation frames, so
  // ResizeObserver and frame-based waits would never fire there.
  concurrency: 1,
  // The largest files (the axe matrix) take over two minutes when the
  // machine is shared with other jobs; the runner's defaults (120 s per
  // file, 30 s to start a page) then fail them with nothing wrong.
  testsFinishTimeout: 300000,
  browserStartTimeout: 60000,
  testFramework: { config: { timeout: 20000 } },
  // `npm test` passes --coverage; the thresholds then fail the run. Only
  // Chromium reports coverage (V8's native coverage through puppeteer);
  // the Firefox and WebKit launchers return none without an instrumented
  // build, so the figures are Chromium's.
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { statements: 90, branches: 80, functions: 90, lines: 90 },
  },
};

/**
 * Gives widgets their turn to render: in document order, a slice at a time.
 *
 * Every update of a widget waits here. Turns are handed out in a microtask,
 * so widgets that start together (all of a page's widgets, when the drop-in
 * script defines them) render top to bottom, not tag by tag. A task renders
 * at least `FIRST_WIDGETS` widgets, then stops once `FIRST_SLICE_MS` (in the
 * task that starts the renders) or `SLICE_MS` (in those that go on) have passed;
 * the rest wait for a later task, so the browser can lay out, paint and
 * answer input in between. `FIRST_WIDGETS` fill more than any screen, so the
 * first paint shows every widget it can show and nothing on screen moves
 * when the rest arrive. A page with a few widgets renders them all at once,
 * however slow the device.
 */

/** Widgets a task renders before it looks at the clock: more than fill a screen. */
export const FIRST_WIDGETS = 12;

/**
 * Rendering time per task after those. Between two slices the browser lays
 * out and paints the grown page, which costs more the longer the page, so
 * shorter slices cost more main-thread time in all: at 900 widgets, 16 ms
 * slices took 27–36 % more than 50 ms ones, and 25 ms slices 50 % more on
 * the phone setting (4× CPU), while the longest task stayed the page's
 * first, the one that defines the widgets (`npm run bench -- --compare`,
 * bench/README.md). 50 ms is also where a task starts to count as long.
 */
export const SLICE_MS = 50;

/**
 * Rendering time of the first slice: it shares its task with whatever
 * started the renders (on a page, the script's own evaluation), and the
 * first paint of a page with many widgets waits for it.
 */
export const FIRST_SLICE_MS = 16;

interface Turn {
  el: Element;
  render: () => void;
  done: () => void;
  fail: (error: unknown) => void;
}

/** Turns waiting, in document order; `queue[next]` renders next. */
let queue: Turn[] = [];
let next = 0;
/** Turns asked for since the last flush, in the order they were asked for. */
let arrivals: Turn[] = [];
let flushQueued = false;
let sliceStart: number | undefined;
/** Whether the slice goes on with a queue that earlier slices started. */
let continuing = false;
let sliceMs = FIRST_SLICE_MS;
let renderedInSlice = 0;

let channel: MessageChannel | undefined;
const nextTaskCallbacks: (() => void)[] = [];

/**
 * Runs `callback` in a new task: a message, not a timer, because timers are
 * throttled in background tabs and messages are not.
 */
function inNextTask(callback: () => void) {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => nextTaskCallbacks.shift()?.();
  }
  nextTaskCallbacks.push(callback);
  channel.port2.postMessage(null);
}

/** `el`, then the host of the shadow root it is in, that host's host, and so on. */
function withHosts(el: Element): Element[] {
  const chain = [el];
  let root = el.getRootNode();
  while (root instanceof ShadowRoot) {
    chain.push(root.host);
    root = root.host.getRootNode();
  }
  return chain;
}

/**
 * Document order, across shadow roots too: a widget in a shadow root comes
 * where its host is, after the host itself. `compareDocumentPosition` alone
 * orders only elements of one tree: between trees, it answers as it likes.
 */
function byDocumentOrder(a: Turn, b: Turn) {
  const before = (x: Element, y: Element) =>
    x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  if (a.el.getRootNode() === b.el.getRootNode()) return before(a.el, b.el);
  const hostsOfB = withHosts(b.el);
  for (const x of withHosts(a.el)) {
    const root = x.getRootNode();
    const y = hostsOfB.find((node) => node.getRootNode() === root);
    if (y === x) return x === a.el ? -1 : 1;
    if (y) return before(x, y);
  }
  // Not in one document (one was moved out): either order will do.
  return 0;
}

/** From this many turns, their order is read from the page in one pass. */
const ONE_PASS_FROM = 32;

/**
 * Sorts turns into document order. Comparing two elements walks the tree
 * between them, so sorting the hundreds of widgets a page's script defines
 * at once would cost more than reading the page's order once: for many
 * turns in one tree (the document, or one shadow root), their position is
 * read from a single `querySelectorAll` of their tag names.
 */
function sortInDocumentOrder(turns: Turn[]): Turn[] {
  const root = turns[0]!.el.getRootNode();
  if (
    turns.length >= ONE_PASS_FROM &&
    (root instanceof Document || root instanceof ShadowRoot)
  ) {
    const names = new Set(turns.map((turn) => CSS.escape(turn.el.localName)));
    const position = new Map<Element, number>();
    root.querySelectorAll([...names].join(',')).forEach((el, index) => {
      position.set(el, index);
    });
    if (turns.every((turn) => position.has(turn.el))) {
      return turns.sort((a, b) => position.get(a.el)! - position.get(b.el)!);
    }
  }
  return turns.sort(byDocumentOrder);
}

/**
 * Adds the turns that arrived to those waiting. Only the arrivals are
 * sorted; the two sorted lists are then merged in one pass, so a long queue
 * is never sorted again slice after slice.
 */
function takeArrivals() {
  if (arrivals.length === 0) return;
  const sorted = sortInDocumentOrder(arrivals);
  arrivals = [];
  const waiting = queue.slice(next);
  next = 0;
  // Most often they all come after the waiting ones.
  if (waiting.length === 0 || byDocumentOrder(waiting.at(-1)!, sorted[0]!) < 0) {
    queue = waiting.concat(sorted);
    return;
  }
  const merged: Turn[] = [];
  let w = 0;
  let a = 0;
  while (w < waiting.length && a < sorted.length) {
    merged.push(
      byDocumentOrder(sorted[a]!, waiting[w]!) < 0 ? sorted[a++]! : waiting[w++]!,
    );
  }
  queue = merged.concat(waiting.slice(w), sorted.slice(a));
}

function flush() {
  if (sliceStart === undefined) {
    sliceStart = performance.now();
    sliceMs = continuing ? SLICE_MS : FIRST_SLICE_MS;
    renderedInSlice = 0;
    // The next task starts a new slice.
    inNextTask(() => {
      sliceStart = undefined;
    });
  }
  // `flushQueued` stays true while the queue is worked through: turns asked
  // for by a render (a widget inside a widget) are taken below, in document
  // order, before the next turn.
  takeArrivals();
  while (next < queue.length) {
    if (renderedInSlice >= FIRST_WIDGETS && performance.now() - sliceStart >= sliceMs) {
      continuing = true;
      inNextTask(flush);
      return;
    }
    const turn = queue[next]!;
    next += 1;
    try {
      turn.render();
      turn.done();
    } catch (error) {
      turn.fail(error);
    }
    renderedInSlice += 1;
    takeArrivals();
  }
  queue = [];
  next = 0;
  continuing = false;
  flushQueued = false;
}

/** Runs `render` (the widget's update) in its turn; settles once it has run. */
export function inTurn(el: Element, render: () => void): Promise<void> {
  return new Promise((done, fail) => {
    arrivals.push({ el, render, done, fail });
    if (!flushQueued) {
      flushQueued = true;
      queueMicrotask(flush);
    }
  });
}

/**
 * Gives widgets their turn to render: in document order, a slice at a time.
 *
 * Every update of a widget waits here. Turns are handed out in a microtask,
 * so widgets that start together (all of a page's widgets, when the drop-in
 * script defines them) render top to bottom, not tag by tag. A task renders
 * at least `FIRST_WIDGETS` widgets, then stops once `SLICE_MS` have passed;
 * the rest wait for a later task, so the browser can lay out, paint and
 * answer input in between. `FIRST_WIDGETS` fill more than any screen, so the
 * first paint shows every widget it can show and nothing on screen moves
 * when the rest arrive. A page with a few widgets renders them all at once,
 * however slow the device.
 */

/** Widgets a task renders before it looks at the clock: more than fill a screen. */
export const FIRST_WIDGETS = 12;

/** Rendering time per task after those: about one frame. */
export const SLICE_MS = 16;

interface Turn {
  el: Element;
  render: () => void;
  done: () => void;
  fail: (error: unknown) => void;
}

let queue: Turn[] = [];
let flushQueued = false;
let sliceStart: number | undefined;
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

function byDocumentOrder(a: Turn, b: Turn) {
  return a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

function flush() {
  flushQueued = false;
  if (sliceStart === undefined) {
    sliceStart = performance.now();
    renderedInSlice = 0;
    // The next task starts a new slice.
    inNextTask(() => {
      sliceStart = undefined;
    });
  }
  const turns = queue.sort(byDocumentOrder);
  queue = [];
  for (let index = 0; index < turns.length; index += 1) {
    if (renderedInSlice >= FIRST_WIDGETS && performance.now() - sliceStart >= SLICE_MS) {
      queue = [...turns.slice(index), ...queue];
      flushQueued = true;
      inNextTask(flush);
      return;
    }
    const turn = turns[index]!;
    try {
      turn.render();
      turn.done();
    } catch (error) {
      turn.fail(error);
    }
    renderedInSlice += 1;
  }
}

/** Runs `render` (the widget's update) in its turn; settles once it has run. */
export function inTurn(el: Element, render: () => void): Promise<void> {
  return new Promise((done, fail) => {
    queue.push({ el, render, done, fail });
    if (!flushQueued) {
      flushQueued = true;
      queueMicrotask(flush);
    }
  });
}

/**
 * Fired by `<cst-disclaimer>` when the visitor dismisses it. Cancelable:
 * calling `preventDefault()` keeps the banner open and stores nothing.
 */
export class CstDismissEvent extends Event {
  static readonly eventName = 'cst-dismiss';

  constructor(
    /** The `revision` of the banner that was dismissed ('' when none is set). */
    readonly revision: string,
  ) {
    super(CstDismissEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cst-dismiss': CstDismissEvent;
  }
}

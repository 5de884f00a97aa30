import { css } from 'lit';

export const styles = css`
  [part~='base'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.75) var(--_space);
    background: var(
      --cst-disclaimer-surface,
      var(--cst-color-surface, light-dark(#fff7e0, #2e2716))
    );
    border-inline-start: 0.35em solid
      var(--cst-disclaimer-stripe, light-dark(#9a6700, #e3b341));
  }
  .message {
    flex: 1 1 20em;
    min-inline-size: 0;
  }
  .message p,
  ::slotted(p) {
    margin: 0;
  }
  .close {
    flex: none;
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .close-icon {
    position: relative;
    inline-size: 0.8em;
    block-size: 0.8em;
  }
  .close-icon::before,
  .close-icon::after {
    content: '';
    position: absolute;
    inset-block-start: 50%;
    inset-inline-start: 0;
    inline-size: 100%;
    border-block-start: 0.13em solid currentColor;
    transform: rotate(45deg);
  }
  .close-icon::after {
    transform: rotate(-45deg);
  }

  /* A top or bottom banner: banner-placement.ts sets how far it is from its
     edge (--_avoid: the site's bar, --_stack: the banners before it) and
     data-fit: "compact" (the text scrolls inside) or "static" (not fixed). */
  .position-top,
  .position-bottom {
    --_edge: calc(
      var(--cst-disclaimer-inset, 0px) + var(--_avoid, 0px) + var(--_stack, 0px)
    );
    position: fixed;
    inset-inline: 0;
    z-index: var(--cst-disclaimer-z-index, 1000);
    border-radius: 0;
    border-inline-width: 0.35em 0;
    box-shadow: 0 0 0.75em rgb(0 0 0 / 0.25);
  }
  .position-top {
    inset-block-start: var(--_edge);
    border-block-start-width: 0;
  }
  .position-bottom {
    inset-block-end: var(--_edge);
    border-block-end-width: 0;
  }
  /* Fixed, the dismiss button sits beside the text (below it on a narrow
     window), so the banner takes as few lines of the window as it can. */
  .position-top,
  .position-bottom {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: start;
  }
  .position-top > *,
  .position-bottom > * {
    grid-column: 1;
  }
  .position-top .review,
  .position-bottom .review {
    margin-block-start: 0;
  }
  .position-top .close,
  .position-bottom .close {
    grid-column: 2;
    grid-row: 1 / span 2;
  }
  @media (max-width: 30em) {
    .position-top .close,
    .position-bottom .close {
      grid-column: 1;
      grid-row: auto;
      justify-self: start;
    }
  }
  [data-fit='compact'] {
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  /* The text scrolls under it: the button stays in view, on the banner's
     own background. */
  [data-fit='compact'] .close {
    position: sticky;
    inset-block: 0;
    background-color: var(
      --cst-disclaimer-surface,
      var(--cst-color-surface, light-dark(#fff7e0, #2e2716))
    );
  }
  [data-fit='static'] {
    position: static;
    box-shadow: none;
  }
  @media print {
    .position-top,
    .position-bottom {
      position: static;
      box-shadow: none;
    }
    .spacer,
    .close {
      display: none;
    }
  }
`;

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

  .position-top,
  .position-bottom {
    position: fixed;
    inset-inline: 0;
    z-index: var(--cst-disclaimer-z-index, 1000);
    max-block-size: 50vh;
    overflow: auto;
    border-radius: 0;
    border-inline-width: 0.35em 0;
    box-shadow: 0 0 0.75em rgb(0 0 0 / 0.25);
  }
  .position-top {
    inset-block-start: 0;
    border-block-start-width: 0;
  }
  .position-bottom {
    inset-block-end: 0;
    border-block-end-width: 0;
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

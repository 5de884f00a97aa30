import { css } from 'lit';

export const styles = css`
  [part~='base'] {
    background: var(
      --cst-ask-provider-surface,
      var(--cst-color-surface, light-dark(#eef4fb, #1a2530))
    );
    border-inline-start: 0.35em solid
      var(
        --cst-ask-provider-stripe,
        var(--cst-color-accent, light-dark(#005eb8, #8ab8f0))
      );
  }
  [part~='base'] > :last-child,
  .questions > :last-child,
  .urgent > :last-child {
    margin-block-end: 0;
  }
  .heading {
    font-size: 1.15em;
  }
  .urgent .heading,
  .questions .heading {
    font-size: 1.05em;
  }
  .urgent {
    margin-block-end: 0.75em;
    padding: calc(var(--_space) * 0.75);
    background: var(--cst-ask-provider-urgent-surface, light-dark(#fdecea, #3a1d1b));
    border: 1px solid var(--_border);
    border-inline-start: 0.35em solid
      var(--cst-ask-provider-urgent-stripe, light-dark(#b42318, #ff9c8f));
    border-radius: calc(var(--_radius) / 2);
  }
  .group {
    margin-block-end: 0.25em;
    font-weight: 700;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .contact {
    display: inline-block;
    padding-block: 0.3em;
    font-weight: 700;
  }
  .print-only {
    display: none;
  }
  @media print {
    .actions {
      display: none;
    }
    .print-only {
      display: inline;
    }
  }
`;

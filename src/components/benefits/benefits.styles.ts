import { css } from 'lit';

export const styles = css`
  .intro {
    margin-block-end: var(--_space);
  }
  .topics {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
  }
  .topic {
    margin: 0;
  }
  .topic .heading {
    font-size: 1.1em;
  }
  .topic p:last-child {
    margin-block-end: 0;
  }
  .evidence {
    display: inline-block;
    border: 1px solid var(--_border);
    border-radius: 0.3em;
    padding: 0.1em 0.5em;
  }
  /* Full size: the widgets draw no text under 14px. */
  .sources,
  .journal {
    color: var(--_muted);
  }
  .closing {
    margin: 0;
  }

  /* cards */
  .layout-cards .topics {
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18em), 1fr));
  }
  .layout-cards .topic {
    background: var(--cst-benefits-card-surface, light-dark(#f4f7f6, #232a30));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }

  /* list */
  .layout-list .topic {
    padding-block: calc(var(--_space) * 0.75);
    border-block-start: 1px solid var(--_border);
  }
  .layout-list .topic:last-child {
    border-block-end: 1px solid var(--_border);
  }

  /* accordion */
  .layout-accordion .topic {
    border-block-start: 1px solid var(--_border);
  }
  .layout-accordion .topic:last-child {
    border-block-end: 1px solid var(--_border);
  }
  .layout-accordion .topic .heading {
    margin: 0;
  }
  .layout-accordion button {
    display: flex;
    align-items: center;
    gap: 0.6em;
    inline-size: 100%;
    border: 0;
    border-radius: 0;
    padding: 0.6em 0.25em;
    font-weight: inherit;
  }
  .marker {
    flex: none;
    inline-size: 0.55em;
    block-size: 0.55em;
    /* Physical sides: the rotations below turn this corner into a chevron. */
    border-right: 0.15em solid currentColor;
    border-bottom: 0.15em solid currentColor;
    transform: rotate(45deg);
  }
  @media (prefers-reduced-motion: no-preference) {
    .marker {
      transition: transform 0.15s ease;
    }
  }
  [aria-expanded='false'] .marker {
    transform: rotate(-45deg);
  }
  :host(:dir(rtl)) [aria-expanded='false'] .marker {
    transform: rotate(135deg);
  }
  .layout-accordion .body {
    padding: 0 0.25em var(--_space) 1.4em;
    padding-inline: 1.4em 0.25em;
  }
  .body[hidden] {
    display: none;
  }
  /* On paper nothing can be opened: print every section, without markers. */
  @media print {
    .body[hidden] {
      display: block;
    }
    .marker {
      display: none;
    }
  }
`;

// Tabs, as the WAI-ARIA Authoring Practices' tabs pattern with automatic
// activation: one tab in the Tab order; Left/Right arrows move to the
// previous/next tab (wrapping), Home and End to the first and last, and the
// focused tab's panel shows. Mirrored on a right-to-left page.

/** Makes the `[role="tab"]` buttons of `tablist` work as tabs. */
export function setUpTabs(tablist) {
  const tabs = [...tablist.querySelectorAll('[role="tab"]')];
  const panelOf = (tab) =>
    tablist.ownerDocument.getElementById(tab.getAttribute('aria-controls'));

  function select(tab, focus) {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      other.tabIndex = selected ? 0 : -1;
      panelOf(other).hidden = !selected;
    }
    if (focus) tab.focus();
  }

  tablist.addEventListener('click', (event) => {
    const tab = event.target.closest('[role="tab"]');
    if (tab) select(tab, true);
  });

  tablist.addEventListener('keydown', (event) => {
    const index = tabs.indexOf(event.target.closest('[role="tab"]'));
    if (index < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const rtl = getComputedStyle(tablist).direction === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    let next;
    if (step) next = tabs[(index + step + tabs.length) % tabs.length];
    else if (event.key === 'Home') next = tabs[0];
    else if (event.key === 'End') next = tabs[tabs.length - 1];
    else return;
    event.preventDefault();
    select(next, true);
  });

  select(
    tabs.find((tab) => tab.getAttribute('aria-selected') === 'true') ?? tabs[0],
    false,
  );
}

// Every element of the viewer is made here. Text goes in as text nodes and attributes through setAttribute, so a
// title or a note from a pack can never become markup; the one way in for HTML is `sanitisedHtml` below.

type Child = Node | string | null | undefined | false;
type Attribute = string | number | boolean | null | undefined;

/** Attributes by name (`class`, `aria-*`, ...), and listeners as `on<event>`. */
export type Props = Readonly<Record<string, Attribute | ((event: never) => void)>>;

/** An element with its attributes and children; `false`, null and undefined children and attributes are left out. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: ReadonlyArray<Child | readonly Child[]>
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (typeof value === 'function') element.addEventListener(name.slice(2), value as EventListener);
    else if (value === true) element.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined) element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

/** Appends children as `h` does. */
function append(parent: Node, children: ReadonlyArray<Child | readonly Child[]>): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/**
 * A block holding HTML the exporter has already sanitised (an item's body, a collection's description). Links in it
 * to the web open in a new tab without access to this page; a `#…` link scrolls within the block instead of
 * changing the address, which the viewer reads as the item to show.
 */
export function sanitisedHtml(props: Props, contentHtml: string): HTMLDivElement {
  const block = h('div', props);
  block.innerHTML = contentHtml;
  for (const link of block.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (!/^https?:/i.test(link.getAttribute('href') ?? '')) continue;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
  }
  block.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    const href = link?.getAttribute('href') ?? '';
    if (!href.startsWith('#')) return;
    event.preventDefault();
    const name = decodeURIComponent(href.slice(1));
    [...block.querySelectorAll('[id], [name]')]
      .find((target) => target.id === name || target.getAttribute('name') === name)
      ?.scrollIntoView();
  });
  return block;
}

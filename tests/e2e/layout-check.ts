/**
 * Whether a screen, as it stands in the browser, lets a person reach every control: each one whole
 * on screen, over no other control and under nothing else, at least the style guide's smallest
 * target, its words inside it; no words under a control; nothing wider than the window. Generic on
 * purpose: it finds the controls itself, so a button added to a screen is checked as soon as it is
 * drawn.
 */
import type { Page } from '@playwright/test';

export type LayoutRule = {
  /**
   * The screen may go on below the window, as a page to read does (About): each control is then
   * checked scrolled into view, as a person would bring it. Otherwise the whole screen must fit
   * the window.
   */
  scrolls: boolean;
};

/** What is wrong with the screen as it stands, one sentence per problem; none is `[]`. */
export function layoutProblems(page: Page, rule: LayoutRule): Promise<string[]> {
  return page.evaluate(findLayoutProblems, rule);
}

/**
 * In the page. Runs on its own (page.evaluate sends its source), so everything it uses is inside.
 * Where a modal dialog is open, only its controls count: covering the rest is what it is for.
 */
function findLayoutProblems({ scrolls }: LayoutRule): string[] {
  const problems: string[] = [];
  const root = document.documentElement;
  const [width, height] = [root.clientWidth, root.clientHeight];
  /** Half a pixel either way is rounding, not a layout. */
  const slack = 0.5;

  // The style guide's smallest target (tokens.css, --target-s), in pixels at the text size shown.
  const probe = document.createElement('div');
  probe.style.cssText = 'position: absolute; visibility: hidden; width: var(--target-s)';
  document.body.append(probe);
  const least = probe.getBoundingClientRect().width;
  probe.remove();
  if (!(least > 0)) return ['the page does not define the style guide’s --target-s'];

  const shown = (element: Element) =>
    element.getClientRects().length > 0 &&
    getComputedStyle(element).visibility !== 'hidden' &&
    element.closest('[inert], [aria-hidden="true"]') === null;
  const scope = document.querySelector('[aria-modal="true"]') ?? document.body;
  const controls = [
    ...scope.querySelectorAll<HTMLElement>(
      'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])',
    ),
  ].filter(shown);
  const describe = (element: Element) => {
    const words = (element.getAttribute('aria-label') ?? element.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    const classes = [...element.classList].map((name) => `.${name}`).join('');
    return `${element.tagName.toLowerCase()}${words === '' ? classes : ` "${words.slice(0, 40)}"`}`;
  };
  /** Fixed or sticky: it stays in the window while the page moves under it. */
  const staysPut = (element: Element) => {
    for (let at: Element | null = element; at; at = at.parentElement) {
      if (['fixed', 'sticky'].includes(getComputedStyle(at).position)) return true;
    }
    return false;
  };
  type Box = { left: number; top: number; right: number; bottom: number };
  const overlap = (a: Box, b: Box) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > slack &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > slack;
  const px = (value: number) => `${Math.round(value)} px`;
  const clipped = (a: Box, b: Box): Box => ({
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  });
  /** What of an element its scrolling or clipping boxes let be seen: a box that scrolls hides the rest. */
  const visibleArea = (element: Element) => {
    let area: Box = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
    for (let at = element.parentElement; at; at = at.parentElement) {
      const style = getComputedStyle(at);
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible')
        area = clipped(area, at.getBoundingClientRect());
    }
    return area;
  };

  if (root.scrollWidth > width + slack)
    problems.push(`the page is ${px(root.scrollWidth - width)} wider than the window`);
  if (!scrolls && root.scrollHeight > height + slack)
    problems.push(`the page goes on ${px(root.scrollHeight - height)} below the window`);

  for (const control of controls) {
    if (scrolls) control.scrollIntoView({ block: 'center', inline: 'nearest' });
    const box = control.getBoundingClientRect();
    const name = describe(control);
    if (box.width < least - slack || box.height < least - slack)
      problems.push(
        `${name} is ${px(box.width)} × ${px(box.height)}, smaller than the least target of ${px(least)}`,
      );
    if (box.left < -slack) problems.push(`${name} starts ${px(-box.left)} left of the window`);
    if (box.right > width + slack) problems.push(`${name} ends ${px(box.right - width)} right of the window`);
    if (box.top < -slack) problems.push(`${name} starts ${px(-box.top)} above the window`);
    if (box.bottom > height + slack)
      problems.push(`${name} ends ${px(box.bottom - height)} below the window`);
    if (
      !['TEXTAREA', 'INPUT', 'SELECT'].includes(control.tagName) &&
      (control.scrollWidth > control.clientWidth + 1 || control.scrollHeight > control.clientHeight + 1)
    )
      problems.push(`${name}: its contents spill out of it`);
    // Where a finger lands: the middle, and a fifth in from each edge along the middle lines.
    const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
    const points = [
      [x, y],
      [box.left + box.width / 5, y],
      [box.right - box.width / 5, y],
      [x, box.top + box.height / 5],
      [x, box.bottom - box.height / 5],
    ] as const;
    for (const [pointX, pointY] of points) {
      if (pointX < 0 || pointY < 0 || pointX >= width || pointY >= height) continue;
      const found = document.elementFromPoint(pointX, pointY);
      if (found !== null && !control.contains(found)) {
        problems.push(
          `${name} is under ${describe(found)} at (${Math.round(pointX)}, ${Math.round(pointY)})`,
        );
        break;
      }
    }
  }
  if (scrolls) window.scrollTo(0, 0);

  // Controls over one another, and words under a control. On a page that scrolls, what stays put
  // (help) meets the rest only at some scroll: the look from under the finger above covers that.
  const sameLayer = (a: Element, b: Element) => !scrolls || staysPut(a) === staysPut(b);
  const boxes = controls.map((control) => ({ control, box: control.getBoundingClientRect() }));
  boxes.forEach(({ control, box }, index) => {
    for (const other of boxes.slice(index + 1)) {
      if (control.contains(other.control) || other.control.contains(control)) continue;
      if (sameLayer(control, other.control) && overlap(box, other.box))
        problems.push(`${describe(control)} overlaps ${describe(other.control)}`);
    }
  });
  const readable = [...scope.querySelectorAll('h1, h2, h3, p, label, li, dt, dd, legend')].filter(
    (element) =>
      shown(element) &&
      (element.textContent ?? '').trim() !== '' &&
      element.closest('button, a, [role="button"]') === null &&
      !controls.some((control) => element.contains(control)),
  );
  for (const element of readable) {
    const range = document.createRange();
    range.selectNodeContents(element);
    const seen = visibleArea(element);
    const lines = [...range.getClientRects()].map((line) => clipped(line, seen));
    const covering = boxes.find(
      ({ control, box }) => sameLayer(element, control) && lines.some((line) => overlap(line, box)),
    );
    if (covering) problems.push(`the words of ${describe(element)} are under ${describe(covering.control)}`);
  }
  return [...new Set(problems)];
}

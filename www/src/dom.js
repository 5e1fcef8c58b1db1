// @ts-check
// The one way the page builds DOM: elements with attributes and text children. Text is always
// set as text (never parsed as HTML), so names and code from dropped files cannot inject markup.

/** An element: el("li", {class: "x"}, "text", childNode, ...). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Downloads text or a Blob as a file. */
export function download(name, content, type = "text/plain") {
  const blob = content instanceof Blob ? content : new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const link = el("a", { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** Text with `code spans` as <code> elements (still text nodes only: nothing is parsed as HTML). */
export function withCode(text) {
  const fragment = document.createDocumentFragment();
  String(text)
    .split(/`([^`]+)`/)
    .forEach((part, index) => {
      if (!part) return;
      fragment.append(index % 2 ? el("code", {}, part) : document.createTextNode(part));
    });
  return fragment;
}

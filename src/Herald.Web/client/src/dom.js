// Builds elements. Text from the archive only ever becomes text nodes (never markup): children that are
// strings are appended as text, and attributes are set one by one.
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'onclick') node.addEventListener('click', value);
    else node.setAttribute(name, String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// An in-page link: the target is built from our route and an encoded value, so data cannot make it a script URL.
export function link(route, value, ...children) {
  return el('a', { href: `#/${route}/${encodeURIComponent(value)}` }, ...children);
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

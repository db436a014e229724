/**
 * A document's body (mdast) as HTML, escaped by construction: every text goes through escapeHtml,
 * no raw HTML node is emitted, links keep only safe addresses. The PDF and the site share it.
 */
import type { List, Nodes, PhrasingContent, Root, Table } from 'mdast';

/** Text for HTML content and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** How the site links: text with document codes turned into links, and link addresses checked. */
export interface BodyLinks {
  /** The HTML of a run of plain text (escaped), with known document codes linked. */
  text?: (text: string) => string;
  /** The address a Markdown link may keep, or undefined to show its text alone. */
  href?: (url: string) => string | undefined;
}

/** Only addresses that cannot run script: http(s), mailto, and relative paths without a scheme. */
export function safeHref(url: string): string | undefined {
  const trimmed = url.trim();
  if (/^(https?:|mailto:)/i.test(trimmed)) return trimmed;
  // No scheme at all (a colon before any / ? #): javascript:, data:, vbscript: are refused.
  if (!/^[^/?#]*:/.test(trimmed)) return trimmed;
  return undefined;
}

/** The body as HTML; headings shifted so that the document's `##` is an <h2> under the page's <h1>. */
export function bodyHtml(tree: Root, links: BodyLinks = {}): string {
  return tree.children.map((node) => block(node, links)).join('\n');
}

function block(node: Nodes, links: BodyLinks): string {
  switch (node.type) {
    case 'heading': {
      const level = Math.min(Math.max(node.depth, 2), 6);
      return `<h${level}>${inline(node.children, links)}</h${level}>`;
    }
    case 'paragraph':
      return `<p>${inline(node.children, links)}</p>`;
    case 'list':
      return list(node, links);
    case 'table':
      return tableHtml(node, links);
    case 'blockquote':
      return `<blockquote>${node.children.map((child) => block(child, links)).join('\n')}</blockquote>`;
    case 'code':
      return `<pre><code>${escapeHtml(node.value)}</code></pre>`;
    case 'thematicBreak':
      return '<hr>';
    default:
      return '';
  }
}

function list(node: List, links: BodyLinks): string {
  const tag = node.ordered ? 'ol' : 'ul';
  const start = node.ordered && node.start !== null && node.start !== undefined && node.start !== 1 ? ` start="${node.start}"` : '';
  const items = node.children.map((item) => {
    const box = item.checked === true ? '☑ ' : item.checked === false ? '☐ ' : '';
    const inner = item.children.map((child) => (child.type === 'paragraph' && !item.spread ? inline(child.children, links) : block(child, links))).join('\n');
    return `<li>${box}${inner}</li>`;
  });
  return `<${tag}${start}>${items.join('\n')}</${tag}>`;
}

function tableHtml(node: Table, links: BodyLinks): string {
  const [head, ...rows] = node.children;
  const cell = (tag: string, children: PhrasingContent[], c: number): string => {
    const align = node.align?.[c];
    return `<${tag}${align ? ` class="${align}"` : ''}>${inline(children, links)}</${tag}>`;
  };
  const headHtml = head ? `<thead><tr>${head.children.map((c, i) => cell('th', c.children, i)).join('')}</tr></thead>` : '';
  const bodyRows = rows.map((row) => `<tr>${row.children.map((c, i) => cell('td', c.children, i)).join('')}</tr>`).join('\n');
  return `<div class="table"><table>${headHtml}<tbody>${bodyRows}</tbody></table></div>`;
}

/** Phrasing content as HTML. */
export function inline(nodes: readonly PhrasingContent[], links: BodyLinks = {}): string {
  const text = links.text ?? escapeHtml;
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return text(node.value);
        case 'strong':
          return `<strong>${inline(node.children, links)}</strong>`;
        case 'emphasis':
          return `<em>${inline(node.children, links)}</em>`;
        case 'delete':
          return `<del>${inline(node.children, links)}</del>`;
        case 'inlineCode':
          return `<code>${escapeHtml(node.value)}</code>`;
        case 'break':
          return '<br>';
        case 'link': {
          const href = links.href?.(node.url);
          const content = inline(node.children, { ...links, text: escapeHtml });
          return href === undefined ? content : `<a href="${escapeHtml(href)}">${content}</a>`;
        }
        case 'linkReference':
          return inline(node.children, links);
        case 'image':
        case 'imageReference':
          return node.alt ? `[${escapeHtml(node.alt)}]` : '';
        default:
          return '';
      }
    })
    .join('');
}

/**
 * Trainers' Markdown (a safe subset) into the same typed blocks the built-in cards use, through a
 * real parser (mdast-util-from-markdown). Text stays text: raw HTML is refused, links keep only
 * their words, and nothing is ever rendered with innerHTML.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { Block } from '../content/types.js';

export class UnsafeMarkdownError extends Error {}

export function markdownToBlocks(markdown: string): Block[] {
  const tree = fromMarkdown(markdown);
  const blocks: Block[] = [];
  for (const node of tree.children) {
    switch (node.type) {
      case 'heading':
        blocks.push({ type: 'heading', text: toString(node) });
        break;
      case 'paragraph':
        if (node.children.some((c) => c.type === 'html')) throw new UnsafeMarkdownError('HTML is not allowed in a card: write plain Markdown.');
        blocks.push({ type: 'paragraph', text: toString(node) });
        break;
      case 'blockquote':
        blocks.push({ type: 'quote', text: toString(node) });
        break;
      case 'list': {
        const items = node.children.map((li) => toString(li));
        if (node.children.some((li) => typeof li.checked === 'boolean')) blocks.push({ type: 'checklist', items });
        else blocks.push({ type: node.ordered ? 'steps' : 'list', items });
        break;
      }
      case 'html':
        throw new UnsafeMarkdownError('HTML is not allowed in a card: write plain Markdown.');
      case 'code':
        blocks.push({ type: 'paragraph', text: node.value });
        break;
      default:
        // Thematic breaks, definitions and the like carry no text a worker needs.
        break;
    }
  }
  return blocks;
}

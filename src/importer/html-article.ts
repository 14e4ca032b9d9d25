import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ImportError } from './import-error.js';

/** The little of the DOM used here: the project compiles without the DOM library. */
interface PageNode {
  readonly textContent: string | null;
  readonly tagName: string;
  querySelector(selector: string): PageNode | null;
  querySelectorAll(selector: string): Iterable<PageNode>;
}
const parsePage = parseHTML as unknown as (html: string) => { document: PageNode & { readonly body: PageNode } };

/**
 * The article inside a saved web page, found by Mozilla's Readability (the extractor
 * behind Firefox's reader view) over a linkedom document: navigation, ads, comments and
 * footers are Readability's to drop, never ours to strip by hand.
 */
export interface HtmlArticle {
  readonly title: string;
  /** Paragraphs as the page shows them, one per block of the extracted article. */
  readonly paragraphs: readonly string[];
  readonly byline: string;
  readonly siteName: string;
}

/** Less text than this is not an article body: a menu, a cookie notice, an error page. */
const MIN_BODY_CHARACTERS = 80;
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, td, th, pre, dt, dd';

const tidy = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * Readability's textContent runs blocks together ("…tỷ đồngTrần B"), so the text is
 * taken block by block from its cleaned content: each innermost block's textContent
 * is one paragraph.
 */
function blocksOf(contentHtml: string): { text: string; heading: boolean }[] {
  const { document } = parsePage(`<!doctype html><html><body>${contentHtml}</body></html>`);
  const blocks = [...document.querySelectorAll(BLOCKS)].filter((el) => el.querySelector(BLOCKS) === null);
  const found = blocks.map((el) => ({ text: tidy(el.textContent), heading: /^H[1-6]$/i.test(el.tagName) })).filter((b) => b.text !== '');
  if (found.length > 0) return found;
  return tidy(document.body.textContent)
    .split(/\n{2,}/)
    .map((text) => ({ text: tidy(text), heading: false }))
    .filter((b) => b.text !== '');
}

function sharesWords(text: string, title: string): boolean {
  const words = (s: string) => new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  const a = words(text);
  const b = words(title);
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return b.size > 0 && shared / Math.max(a.size, b.size) >= 0.5;
}

export function extractHtmlArticle(html: string, file: string): HtmlArticle {
  const { document } = parsePage(html);
  const parsed = new Readability(document, { charThreshold: MIN_BODY_CHARACTERS }).parse();
  const rawByline = tidy(parsed?.byline);
  const byline = rawByline.replace(/^(?:bài(?: và ảnh)?|tác giả|by)\s*:?\s*/iu, '');
  // Readability keeps the byline's block in the content; it is the author, not a paragraph.
  const blocks = (parsed?.content ? blocksOf(parsed.content) : []).filter((b) => b.text !== rawByline && b.text !== byline);
  if (blocks.map((b) => b.text).join(' ').length < MIN_BODY_CHARACTERS) throw new ImportError(file, 'is a web page with no article body that could be found');
  // The article's own heading beats the page's <title>, which often carries the site's name.
  const first = blocks[0];
  const pageTitle = tidy(parsed?.title);
  // A heading styled with a <div> still reads as the headline: short, no full stop, the title's words.
  const looksLikeHeading = first !== undefined && first.text.length <= 200 && !/[.!?…]$/u.test(first.text) && sharesWords(first.text, pageTitle);
  const heading = first !== undefined && blocks.length > 1 && (first.heading || looksLikeHeading) ? first.text : '';
  const title = heading !== '' ? heading : pageTitle;
  const paragraphs = (heading !== '' ? blocks.slice(1) : blocks).map((b) => b.text);
  return { title, paragraphs, byline, siteName: tidy(parsed?.siteName) };
}

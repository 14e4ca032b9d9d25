import { ImportError } from './import-error.js';

/**
 * The bytes of an article as text: UTF-8 only, NFC, one kind of line ending. Nothing
 * else is touched, so every sentence quoted later is verbatim in article.txt.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** A saved page with its scripts is rarely over 2 MB; more is not an article. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** Decodes and normalises; a binary, empty or huge input is refused with the file named. */
export function decodeArticle(content: string | Uint8Array, file: string): string {
  const size = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
  if (size > MAX_ARTICLE_BYTES) throw new ImportError(file, `is too large for an article (${(size / 1024 / 1024).toFixed(1)} MB; at most ${MAX_ARTICLE_BYTES / 1024 / 1024} MB)`);
  let text: string;
  if (typeof content === 'string') {
    text = content.replace(/^\uFEFF/, '');
  } else {
    if (content.includes(0)) throw new ImportError(file, 'is a binary file (it holds NUL bytes), not a text article');
    try {
      text = UTF8.decode(content);
    } catch {
      throw new ImportError(file, 'is not valid UTF-8 text (binary, or saved in another encoding)');
    }
  }
  if (text.includes('\u0000')) throw new ImportError(file, 'is a binary file (it holds NUL bytes), not a text article');
  // Lone surrogates cannot be written back as UTF-8: they only come from binary input.
  if (LONE_SURROGATE.test(text)) throw new ImportError(file, 'is not valid UTF-8 text');
  text = text.normalize('NFC').replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new ImportError(file, 'is empty');
  return text;
}

const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<!--)/i;
const BLOCK_TAGS = /<\/(?:p|div|article|section|h[1-6]|li|td)>/gi;

/** A saved web page: named .html/.htm, or shaped like one whatever its name. */
export function looksLikeHtml(text: string, file: string): boolean {
  if (/\.x?html?$/i.test(file)) return true;
  if (HTML_START.test(text)) return true;
  return (text.match(BLOCK_TAGS)?.length ?? 0) >= 3;
}

/** Every bad input: one line naming the file and the problem, and nothing written. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/importer/import-error.js';
import { importIntoKnowledge, type ImportRequest } from '../../src/importer/save-import.js';
import { filesUnder, FIXTURES, tempKnowledge } from './import-helpers.js';

const GOOD = readFileSync(join(FIXTURES, 'province-year-end.txt'));

function refused(request: Omit<ImportRequest, 'knowledgeDir' | 'force'> & { force?: boolean }, dir = tempKnowledge()): string {
  const before = filesUnder(dir);
  let caught: unknown;
  try {
    importIntoKnowledge({ knowledgeDir: dir, force: false, ...request });
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(Error);
  const message = (caught as Error).message;
  expect(message).not.toContain('\n');
  expect(filesUnder(dir)).toEqual(before);
  return message;
}

describe('bad input', () => {
  it('refuses an empty or blank file', () => {
    expect(refused({ id: 'a', content: Buffer.alloc(0), fileName: 'empty.txt' })).toBe('empty.txt: is empty');
    expect(refused({ id: 'a', content: ' \n\r\n\t', fileName: 'blank.txt' })).toBe('blank.txt: is empty');
  });

  it('refuses binary files and text in another encoding', () => {
    expect(refused({ id: 'a', content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), fileName: 'photo.png' })).toMatch(/^photo\.png: is a binary file/);
    expect(refused({ id: 'a', content: Buffer.from('Thu ng\xe2n s\xe1ch 452 t\xfd', 'latin1'), fileName: 'old.txt' })).toMatch(/^old\.txt: is not valid UTF-8/);
  });

  it('refuses a file too large to be an article', () => {
    expect(refused({ id: 'a', content: Buffer.alloc(6 * 1024 * 1024, 'thu 5 tỷ đồng. '), fileName: 'huge.txt' })).toBe('huge.txt: is too large for an article (6.0 MB; at most 5 MB)');
  });

  it('refuses an article with no figure', () => {
    expect(refused({ id: 'a', content: 'Một bài viết\n\nKhông có con số nào ở đây cả.', fileName: 'words.txt' })).toMatch(/^words\.txt: holds no figure/);
  });

  it('refuses a web page with no article body', () => {
    const page = '<!doctype html><html><head><title>Trang chủ</title></head><body><nav><a href="/">Trang chủ</a> <a href="/2024">2024</a></nav></body></html>';
    expect(refused({ id: 'a', content: page, fileName: 'menu.html' })).toBe('menu.html: is a web page with no article body that could be found');
  });

  it('refuses an invalid id and an unknown language', () => {
    expect(refused({ id: 'Bad Id', content: GOOD, fileName: 'a.txt' })).toMatch(/^a\.txt: "Bad Id" is not a report id/);
    expect(refused({ id: '../escape', content: GOOD, fileName: 'a.txt' })).toMatch(/is not a report id/);
    expect(refused({ id: 'a'.repeat(25), content: GOOD, fileName: 'a.txt' })).toMatch(/at most 24 characters/);
    expect(refused({ id: 'a', content: GOOD, fileName: 'a.txt', language: 'fr' })).toBe('a.txt: unknown language "fr" (use vi or en)');
  });

  it('refuses an id that exists unless forced', () => {
    const dir = tempKnowledge();
    importIntoKnowledge({ knowledgeDir: dir, id: 'thai-binh', content: GOOD, fileName: 'a.txt', force: false });
    const before = readFileSync(join(dir, 'thai-binh', 'facts.json'), 'utf8');
    expect(refused({ id: 'thai-binh', content: 'Khác\n\nThu 5 tỷ đồng.', fileName: 'b.txt' }, dir)).toMatch(/^b\.txt: report "thai-binh" already exists/);
    expect(readFileSync(join(dir, 'thai-binh', 'facts.json'), 'utf8')).toBe(before);
  });

  it('throws ImportError, which callers can tell from a crash', () => {
    expect(() => importIntoKnowledge({ knowledgeDir: tempKnowledge(), id: 'a', content: '', fileName: 'x', force: false })).toThrow(ImportError);
  });
});

/**
 * Knowledge for the multi-report sweep: the seed report copied under other districts'
 * names, written to a temporary folder at bench time (never committed). Each copy is the
 * seed with its district renamed everywhere (article, facts, title, subject), so every
 * copy answers every question the seed answers: the hardest case for telling them apart.
 */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SEED_ID = 'bac-tu-liem-2022';
const SEED_NAME = 'Bắc Từ Liêm';
const SEED_SHORT = 'BTL';

export interface District {
  readonly id: string;
  /** "quận" or "huyện": the body word the report uses. */
  readonly body: 'quận' | 'huyện';
  readonly name: string;
  /** Initials people type ("BTL"), also listed in the report's subject; names of two syllables have none. */
  readonly short: string;
  readonly eventDate: string;
}

// Real district names of the genre; the seed's own district comes first.
const NAMES: readonly [District['body'], string][] = [
  ['quận', 'Bắc Từ Liêm'], ['huyện', 'Cẩm Giàng'], ['quận', 'Cầu Giấy'], ['quận', 'Hoàng Mai'], ['huyện', 'Gia Lâm'],
  ['huyện', 'Đông Anh'], ['huyện', 'Sóc Sơn'], ['quận', 'Long Biên'], ['quận', 'Thanh Xuân'], ['quận', 'Hai Bà Trưng'],
  ['quận', 'Đống Đa'], ['quận', 'Ba Đình'], ['quận', 'Tây Hồ'], ['quận', 'Hà Đông'], ['huyện', 'Thanh Trì'],
  ['huyện', 'Mê Linh'], ['huyện', 'Thạch Thất'], ['huyện', 'Quốc Oai'], ['huyện', 'Chương Mỹ'], ['huyện', 'Thường Tín'],
  ['huyện', 'Phú Xuyên'], ['huyện', 'Ứng Hòa'], ['huyện', 'Mỹ Đức'], ['huyện', 'Ba Vì'], ['huyện', 'Phúc Thọ'],
  ['huyện', 'Đan Phượng'], ['huyện', 'Hoài Đức'], ['huyện', 'Thanh Oai'], ['huyện', 'Kim Bôi'], ['huyện', 'Lương Sơn'],
  ['huyện', 'Bình Giang'], ['huyện', 'Gia Lộc'], ['huyện', 'Kim Thành'], ['huyện', 'Kinh Môn'], ['huyện', 'Nam Sách'],
  ['huyện', 'Ninh Giang'], ['huyện', 'Thanh Hà'], ['huyện', 'Thanh Miện'], ['huyện', 'Tứ Kỳ'], ['huyện', 'Văn Lâm'],
  ['huyện', 'Văn Giang'], ['huyện', 'Yên Mỹ'], ['huyện', 'Khoái Châu'], ['huyện', 'Kim Động'], ['huyện', 'Tiên Lữ'],
  ['huyện', 'Phù Cừ'], ['huyện', 'Ân Thi'], ['huyện', 'Vũ Thư'], ['huyện', 'Kiến Xương'], ['huyện', 'Tiền Hải'],
  ['huyện', 'Thái Thụy'], ['huyện', 'Quỳnh Phụ'], ['huyện', 'Hưng Hà'], ['huyện', 'Đông Hưng'], ['huyện', 'Giao Thủy'],
  ['huyện', 'Hải Hậu'], ['huyện', 'Nghĩa Hưng'], ['huyện', 'Trực Ninh'], ['huyện', 'Xuân Trường'], ['huyện', 'Ý Yên'],
  ['huyện', 'Vụ Bản'], ['huyện', 'Mỹ Lộc'], ['huyện', 'Gia Viễn'], ['huyện', 'Hoa Lư'], ['huyện', 'Kim Sơn'],
  ['huyện', 'Nho Quan'], ['huyện', 'Yên Khánh'], ['huyện', 'Yên Mô'], ['huyện', 'Duy Tiên'], ['huyện', 'Lý Nhân'],
  ['huyện', 'Bình Lục'], ['huyện', 'Thanh Liêm'], ['huyện', 'Kim Bảng'], ['quận', 'Hồng Bàng'], ['quận', 'Lê Chân'],
  ['quận', 'Ngô Quyền'], ['quận', 'Kiến An'], ['quận', 'Đồ Sơn'], ['quận', 'Dương Kinh'], ['huyện', 'Thủy Nguyên'],
  ['huyện', 'An Dương'], ['huyện', 'An Lão'], ['huyện', 'Tiên Lãng'], ['huyện', 'Vĩnh Bảo'], ['huyện', 'Cát Hải'],
  ['quận', 'Hải Châu'], ['quận', 'Thanh Khê'], ['quận', 'Sơn Trà'], ['quận', 'Ngũ Hành Sơn'], ['quận', 'Liên Chiểu'],
  ['quận', 'Cẩm Lệ'], ['huyện', 'Hòa Vang'], ['quận', 'Ninh Kiều'], ['quận', 'Bình Thủy'], ['quận', 'Cái Răng'],
  ['quận', 'Ô Môn'], ['quận', 'Thốt Nốt'], ['huyện', 'Phong Điền'], ['huyện', 'Cờ Đỏ'], ['huyện', 'Vĩnh Thạnh'],
];

const fold = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
const slug = (name: string): string => fold(name).toLowerCase().replace(/[^a-z0-9]+/g, '-');
const initials = (name: string): string => fold(name).split(/\s+/).map((w) => w[0]?.toUpperCase() ?? '').join('');

/** The first `count` districts (at most 100), the seed's first. */
export function districts(count: number): District[] {
  if (count > NAMES.length) throw new RangeError(`at most ${NAMES.length} districts`);
  return NAMES.slice(0, count).map(([body, name], i) => ({
    id: i === 0 ? SEED_ID : `${slug(name)}-2022`,
    body,
    name,
    short: i === 0 ? SEED_SHORT : name.split(' ').length >= 3 ? initials(name) : '',
    // Distinct dates, so "newest first" has an order; the seed keeps its own.
    eventDate: i === 0 ? '2022-12-13' : `2022-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
  }));
}

/** The seed's text with its district renamed: the name, its initials, and "quận" where the copy is a "huyện". */
function rename(text: string, d: District): string {
  let out = text.replaceAll(SEED_NAME, d.name).replaceAll(SEED_SHORT, d.short === '' ? d.name : d.short);
  if (d.body === 'huyện') out = out.replaceAll('Quận', 'Huyện').replaceAll('quận', 'huyện');
  return out;
}

/** Writes `count` reports (the seed and renamed copies) under a new temporary folder; returns it. */
export function writeDistrictCopies(seedDir: string, count: number): { dir: string; districts: District[] } {
  const dir = mkdtempSync(join(tmpdir(), `reports-${count}-`));
  const seed = join(seedDir, SEED_ID);
  const article = readFileSync(join(seed, 'article.txt'), 'utf8');
  const report = readFileSync(join(seed, 'report.json'), 'utf8');
  const facts = readFileSync(join(seed, 'facts.json'), 'utf8');
  const list = districts(count);
  for (const d of list) {
    const folder = join(dir, d.id);
    mkdirSync(folder);
    writeFileSync(join(folder, 'article.txt'), rename(article, d));
    const meta = JSON.parse(rename(report, d)) as Record<string, unknown>;
    writeFileSync(join(folder, 'report.json'), JSON.stringify({ ...meta, id: d.id, subject: d.short === '' ? [d.name] : [d.name, d.short], eventDate: d.eventDate }, null, 2));
    writeFileSync(join(folder, 'facts.json'), rename(facts, d));
  }
  return { dir, districts: list };
}

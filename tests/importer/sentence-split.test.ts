/** Sentences are verbatim slices that survive the genre's dots and commas. */
import { describe, expect, it } from 'vitest';
import { splitParagraph, splitSentences } from '../../src/importer/sentence-split.js';

describe('splitParagraph', () => {
  it('does not split inside decimals, thousands, dates or TP.HCM', () => {
    const line = 'Tăng 12,37% với 2.340 đối tượng tại TP.HCM và Q.3 ngày 20/12/2024. Câu hai.';
    expect(splitParagraph(line)).toEqual(['Tăng 12,37% với 2.340 đối tượng tại TP.HCM và Q.3 ngày 20/12/2024.', 'Câu hai.']);
  });

  it('keeps abbreviations before names inside the sentence', () => {
    expect(splitParagraph('Đoàn của TP. Hà Nội do ThS. Lê Văn B và TS. Trần C dẫn đầu. Hết.')).toEqual(['Đoàn của TP. Hà Nội do ThS. Lê Văn B và TS. Trần C dẫn đầu.', 'Hết.']);
    expect(splitParagraph('Gồm điện, nước v.v. và đường. Xong.')).toEqual(['Gồm điện, nước v.v. và đường.', 'Xong.']);
  });

  it('keeps closing quotes with their sentence and splits after an ellipsis', () => {
    expect(splitParagraph('Chủ đề là “Kỷ cương, hành động.” Tiếp theo là… Năm 2025 sẽ khác!')).toEqual(['Chủ đề là “Kỷ cương, hành động.”', 'Tiếp theo là…', 'Năm 2025 sẽ khác!']);
    expect(splitParagraph('Được duy trì thực hiện tốt…')).toEqual(['Được duy trì thực hiện tốt…']);
    expect(splitParagraph('Ông nói: “Chúng ta đã làm tốt. Năm tới sẽ tốt hơn.” Sau đó ông về.')).toEqual(['Ông nói: “Chúng ta đã làm tốt. Năm tới sẽ tốt hơn.”', 'Sau đó ông về.']);
  });
});

describe('splitSentences', () => {
  it('gives a repeated headline or caption line once, every sentence verbatim', () => {
    const article = 'Tiêu đề: 211%\n\nCâu một. Câu hai.\n\nTiêu đề: 211%\nToàn cảnh Hội nghị.\n';
    const sentences = splitSentences(article);
    expect(sentences.map((s) => s.text)).toEqual(['Tiêu đề: 211%', 'Câu một.', 'Câu hai.', 'Toàn cảnh Hội nghị.']);
    for (const s of sentences) expect(article).toContain(s.text);
  });
});

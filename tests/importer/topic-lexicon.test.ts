/** The shipped topic lexicon is checked; a malformed one names its file and entry. */
import { describe, expect, it } from 'vitest';
import { assignTopic, parseTopicLexicon, topicLexicon } from '../../src/importer/topic-lexicon.js';

const entry = (over: Record<string, unknown>) => ({ id: 'ngan-sach', vi: 'Ngân sách', en: 'Budget', triggers: { vi: ['ngân sách'], en: ['budget'] }, ...over });
const fallback = { id: 'tong-quan', vi: 'Tổng quan', en: 'Overview', fallback: true, triggers: { vi: [], en: [] } };

describe('topic lexicon', () => {
  it('ships the genre’s topics, each with Vietnamese and English names', () => {
    const lexicon = topicLexicon();
    for (const id of ['ngan-sach', 'dau-tu', 'kinh-te', 'nong-nghiep', 'an-ninh-trat-tu', 'giao-thong', 'y-te', 'giao-duc', 'xay-dung-dang', 'hoi-nghi', 'an-sinh-xa-hoi', 'quy-hoach-do-thi', 'moi-truong', 'van-hoa-the-thao', 'cai-cach-hanh-chinh', 'quoc-phong', 'thien-tai']) {
      expect(lexicon.entry(id)).toBeDefined();
    }
    expect(lexicon.fallback.id).toBe('tong-quan');
  });

  it('names the file and the entry of a malformed lexicon', () => {
    const parse = (topics: unknown[]) => () => parseTopicLexicon({ topics }, 'topics.json');
    expect(parse([entry({ triggers: { vi: 'ngân sách', en: [] } }), fallback])).toThrow('topics.json (topic "ngan-sach"): "triggers.vi" must be a list of non-empty strings');
    expect(parse([entry({}), entry({}), fallback])).toThrow('topics.json (topic "ngan-sach"): is listed twice');
    expect(parse([entry({ id: 'Bad Id' }), fallback])).toThrow('(topic "Bad Id"): "id" must be');
    expect(parse([entry({ kinds: ['percentage'] }), fallback])).toThrow('unknown kind "percentage"');
    expect(parse([entry({ colour: 'red' }), fallback])).toThrow('unknown field "colour"');
    expect(parse([entry({})])).toThrow('topics.json: exactly one topic must be "fallback": true');
    expect(parse([entry({ triggers: { vi: [], en: [] } }), fallback])).toThrow('has no trigger words');
    expect(() => parseTopicLexicon([], 'topics.json')).toThrow('topics.json: "topics" must be a non-empty list');
  });

  it('gives a figure the topic its own words name, before the sentence’s', () => {
    const lexicon = topicLexicon();
    const sentence = 'Toàn tỉnh xảy ra 96 vụ tai nạn giao thông, bắt 20 đối tượng ma túy.';
    expect(assignTopic(lexicon, { context: 'xảy ra 96 vụ tai nạn giao thông', sentence, kind: 'count' })?.id).toBe('giao-thong');
    expect(assignTopic(lexicon, { context: 'bắt 20 đối tượng ma túy', sentence, kind: 'count' })?.id).toBe('an-ninh-trat-tu');
    expect(assignTopic(lexicon, { context: 'Disbursement of public investment reached 97%', sentence: 'x', kind: 'percent' })?.id).toBe('dau-tu');
    // A storm's damage is a disaster's, though the sentence also counts houses ("nhà", welfare's word).
    expect(assignTopic(lexicon, { context: 'làm 87 ngôi nhà bị tốc mái', sentence: 'Trận mưa đá và lốc xoáy làm 87 ngôi nhà bị tốc mái.', kind: 'count' })?.id).toBe('thien-tai');
    expect(assignTopic(lexicon, { context: 'trời đẹp', sentence: 'trời đẹp', kind: 'number' })).toBeNull();
  });
});

import type { Fact } from '../knowledge/types.js';
import { memo } from './memo-by-text.js';

/**
 * What the words before a figure say it is: a target rather than a result, an increment
 * rather than a total. A question that asks neither wants the result, the total: the
 * scorer ranks the others lower, by these shares.
 */

/**
 * A figure stated as a target ("phấn đấu …", "đặt mục tiêu …", "dự kiến …") is next year's,
 * not the result asked for: when a question asks no target, a result with the same words
 * ranks above it. Achieved targets ("vượt mục tiêu") are results.
 */
const TARGET_CUE = /(?<![\p{L}])(?:phấn đấu|(?<!(?:vượt|đạt|hoàn thành|so với) )mục tiêu|dự kiến|tổng kế hoạch|kế hoạch vốn|định hướng|chỉ tiêu chủ yếu|targets?|aims? to|plans? to)(?![\p{L}])/iu;
const TARGET_ASKED = /(?<![\p{L}])(?:ke hoach|muc tieu|chi tieu|phan dau|du kien|dinh huong|target|plan|aim|goal|expect)/u;
/** What a target's rank is worth against a result's, for a question that asks no target. */
const TARGET_RANK = 0.93;
/**
 * A figure that adds to a total ("có thêm 34 trường") answers a question about the increase;
 * asked how many there are, the total ("nâng tổng số lên 612/789 trường") comes first.
 */
const INCREMENT_CUE = /(?:có thêm|tăng thêm|thêm|bổ sung)\s*$/iu;
const INCREMENT_ASKED = /(?<![\p{L}])(?:them|moi|tang|bo sung|new|more|additional|added)(?![\p{L}])/u;
/** Phrases whose "mới" asks for nothing new: "nông thôn mới" (the new rural standard), "đổi mới" (renewal). */
const NOT_NEW = /(?:nong thon|doi) moi/g;
/** What an increment's rank is worth against a total's, for a question that asks no increase. */
const INCREMENT_RANK = 0.85;

/** The text of a fact's sentence before its figure: where "phấn đấu", "có thêm" stand. */
function textBefore(fact: Fact): string {
  const at = fact.sentence.indexOf(fact.context ?? fact.figure);
  const figureAt = at < 0 ? -1 : at + (fact.context ?? fact.figure).indexOf(fact.figure);
  return figureAt > 0 ? fact.sentence.slice(0, figureAt) : '';
}

/** What a question asks of targets and increments, read once per question. */
export interface TargetQuestion {
  readonly target: boolean;
  readonly increment: boolean;
}

/** Per fact, whether it states a target or an increment; per question, what its rank is worth. */
export class TargetCues {
  private readonly targets: readonly boolean[];
  private readonly increments: readonly boolean[];

  constructor(facts: readonly Fact[]) {
    // Reports repeat the words before their figures: each text is tested once.
    const target = memo((text) => TARGET_CUE.test(text));
    const increment = memo((text) => INCREMENT_CUE.test(text));
    const before = facts.map(textBefore);
    this.targets = before.map(target);
    this.increments = before.map(increment);
  }

  /** `folded`: the question's text, folded. */
  read(folded: string): TargetQuestion {
    return { target: TARGET_ASKED.test(folded), increment: INCREMENT_ASKED.test(folded.replace(NOT_NEW, ' ')) };
  }

  /** The share of its rank a fact keeps: a target or an increment not asked for ranks below a result, a total. */
  rank(fact: number, asked: TargetQuestion): number {
    const target = !asked.target && this.targets[fact] === true ? TARGET_RANK : 1;
    const increment = !asked.increment && this.increments[fact] === true ? INCREMENT_RANK : 1;
    return target * increment;
  }
}

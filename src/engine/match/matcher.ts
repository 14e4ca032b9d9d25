import type { Answer, Explanation, Match, Matcher } from '../answer.js';
import { headlineFacts } from '../knowledge/headline.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { AnswerPolicy, MIN_COVERAGE } from './answer-policy.js';
import { buildFactIndex } from './fact-index.js';
import { FactScorer } from './fact-scorer.js';
import { Typeahead } from './typeahead.js';
import { WordResolver } from './word-resolver.js';

/**
 * How a question becomes an answer, in three steps with one module each: the words are
 * resolved against the index (word-resolver.ts), every fact is scored against them
 * (fact-scorer.ts), and the policy decides from the scores (answer-policy.ts).
 */
export function createMatcher(kb: KnowledgeBase): Matcher {
  return new IndexMatcher(kb);
}

class IndexMatcher implements Matcher {
  private readonly resolver: WordResolver;
  private readonly scorer: FactScorer;
  private readonly policy: AnswerPolicy;
  private readonly typeahead: Typeahead;

  constructor(private readonly kb: KnowledgeBase) {
    const index = buildFactIndex(kb);
    this.resolver = new WordResolver(index);
    this.scorer = new FactScorer(index);
    this.policy = new AnswerPolicy(index.facts, (fact, term) => this.scorer.holds(fact, term));
    this.typeahead = new Typeahead(index.facts);
  }

  ask(question: string): Answer {
    const words = this.resolver.read(question);
    return this.policy.answer(question, this.scorer.score(words), words.language);
  }

  explain(question: string): Explanation {
    const words = this.resolver.read(question);
    const scoring = this.scorer.score(words);
    return {
      answer: this.policy.answer(question, scoring, words.language),
      threshold: MIN_COVERAGE,
      words: words.readings,
      candidates: this.policy.candidates(scoring),
    };
  }

  search(query: string, limit: number): readonly Match[] {
    if (query.trim() === '') {
      return headlineFacts(this.kb)
        .slice(0, limit)
        .map((fact) => ({ fact, score: 1 }));
    }
    const matched = this.policy.suggestions(this.scorer.score(this.resolver.read(query)));
    // Half-typed queries ("chi ngân s") find little by whole words; the typeahead fills in.
    const seen = new Set(matched.map((m) => m.fact));
    const typed = this.typeahead.search(query, limit).filter((m) => !seen.has(m.fact));
    return [...matched, ...typed].slice(0, limit);
  }
}

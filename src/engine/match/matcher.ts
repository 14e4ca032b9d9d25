import type { Answer, AskOptions, Explanation, Match, Matcher } from '../answer.js';
import { headlineFacts } from '../knowledge/headline.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { asksSomething } from './asking.js';
import { AnswerPolicy, MIN_COVERAGE, MIN_SUGGESTION_COVERAGE } from './answer-policy.js';
import { buildFactIndex, type FactIndex, type FactRange } from './fact-index.js';
import { FactScorer, type PreparedQuestion, type Scoring } from './fact-scorer.js';
import { outcomeFloor } from './outcome-floor.js';
import { ReportRouter } from './report-router.js';
import { Typeahead } from './typeahead.js';
import { WordResolver, type QuestionWords } from './word-resolver.js';

/** A question that several reports answer offers at most this many to choose from. */
const MAX_CLARIFY = 8;
const NOTHING: Scoring = { ranked: [], subjects: [] };

/**
 * How a question becomes an answer, in three steps with one module each: the words are
 * resolved against the index (word-resolver.ts), every fact is scored against them
 * (fact-scorer.ts), and the policy decides from the scores (answer-policy.ts).
 *
 * With several reports loaded, the router (report-router.ts) says which reports the
 * question names, and only their facts are scored. A question that names none goes to
 * the chat's current report when that report answers it; otherwise to the one report
 * that answers it, and when several do, the answer asks which one is meant (clarify).
 */
export function createMatcher(kb: KnowledgeBase): Matcher {
  return new IndexMatcher(kb);
}

class IndexMatcher implements Matcher {
  private readonly index: FactIndex;
  private readonly resolver: WordResolver;
  private readonly scorer: FactScorer;
  private readonly policy: AnswerPolicy;
  /** Built on the first inline query: a bot that is only asked questions never needs it. */
  private typeaheadIndex: Typeahead | undefined;
  /** Each report's place when asking back: newest first, then by id. Worked out once, not per question. */
  private readonly clarifyOrder: ReadonlyMap<string, number>;
  /** The report asked back first among all: where a question naming none is scored first. */
  private readonly firstAskedBack: string | undefined;

  constructor(private readonly kb: KnowledgeBase) {
    this.index = buildFactIndex(kb);
    this.resolver = new WordResolver(this.index, new ReportRouter(this.index));
    this.scorer = new FactScorer(this.index);
    this.policy = new AnswerPolicy(this.index.facts, (fact, term) => this.scorer.holds(fact, term));
    const newestFirst = [...kb.reports].sort((a, b) => b.eventDate.localeCompare(a.eventDate) || a.id.localeCompare(b.id));
    this.clarifyOrder = new Map(newestFirst.map((r, i) => [r.id, i]));
    this.firstAskedBack = newestFirst[0]?.id;
  }

  ask(question: string, options: AskOptions = {}): Answer {
    return this.decide(question, options).answer;
  }

  explain(question: string, options: AskOptions = {}): Explanation {
    // An explanation lists the best candidates whatever their coverage: every fact is scored.
    const { answer, words, scoring } = this.decide(question, options, 0);
    return { answer, threshold: MIN_COVERAGE, words: words.readings, candidates: this.policy.candidates(scoring) };
  }

  search(query: string, limit: number, options: AskOptions = {}): readonly Match[] {
    if (query.trim() === '') {
      // The chat's report first, then the others.
      const current = options.report;
      const facts = headlineFacts(this.kb);
      return [...facts.filter((f) => f.report === current), ...facts.filter((f) => f.report !== current)]
        .slice(0, limit)
        .map((fact) => ({ fact, score: 1 }));
    }
    const words = this.resolver.read(query);
    const named = new Set(words.route.reports);
    const matched = this.policy.suggestions(this.scorer.score(words, this.scopeOf(words.route.reports), MIN_SUGGESTION_COVERAGE));
    // Half-typed queries ("chi ngân s") find little by whole words; the typeahead fills in,
    // when there is room left: it reads every way of asking every fact (slow at many reports).
    if (matched.length >= limit) return matched.slice(0, limit);
    const seen = new Set(matched.map((m) => m.fact));
    this.typeaheadIndex ??= new Typeahead(this.index.facts);
    const typed = this.typeaheadIndex.search(query, limit).filter((m) => !seen.has(m.fact) && (named.size === 0 || named.has(m.fact.report)));
    return [...matched, ...typed].slice(0, limit);
  }

  /** The ranges of these reports' facts; every fact when none is given. */
  private scopeOf(reports: readonly string[]): readonly FactRange[] {
    if (reports.length === 0) return this.scorer.everything;
    return reports.flatMap((id) => {
      const range = this.index.ranges.get(id);
      return range === undefined ? [] : [range];
    });
  }

  /** `floor`: the coverage below which facts need not be scored (answers never read them). */
  private decide(question: string, options: AskOptions, floor = MIN_SUGGESTION_COVERAGE): { answer: Answer; words: QuestionWords; scoring: Scoring } {
    const words = this.resolver.read(question);
    const { language, route } = words;
    // A place no loaded report is about: whatever its words match, it is another report's question.
    if (route.unknownPlace) return { answer: this.policy.answer(question, NOTHING, language, true), words, scoring: NOTHING };
    // Read once for the two or three scorings below.
    const asked = this.scorer.prepare(words);
    const current = options.report !== undefined && this.index.ranges.has(options.report) ? options.report : undefined;
    if (route.reports.length === 0 && current !== undefined) {
      // The chat's report first: a follow-up stays in it, and costs what one report costs.
      const scoring = this.scorer.score(asked, this.scopeOf([current]), floor);
      const answer = this.policy.answer(question, scoring, language, asksSomething(words));
      // A topic the chat's report holds in several facts is asked about there, not in every report.
      if (answer.answered || answer.broad === true) return { answer, words, scoring };
    }
    const scope = this.scopeOf(route.reports);
    const raised = this.raisedFloor(words, asked, route.reports, floor);
    if (raised > floor) {
      const decided = this.outcome(question, words, this.scorer.score(asked, scope, raised));
      // A decline lists suggestions down to the policy's floor: those need every fact above it.
      if (decided.answer.answered || decided.answer.clarify !== undefined) return decided;
    }
    return this.outcome(question, words, this.scorer.score(asked, scope, floor));
  }

  /** The answer from the scores: the one report's, or which reports to ask back. */
  private outcome(question: string, words: QuestionWords, scoring: Scoring): { answer: Answer; words: QuestionWords; scoring: Scoring } {
    const { language } = words;
    const reports = this.policy.answeringReports(scoring);
    if (reports.length <= 1) return { answer: this.policy.answer(question, scoring, language, asksSomething(words)), words, scoring };
    const clarify = reports
      .filter((id) => this.clarifyOrder.has(id))
      .sort((a, b) => this.place(a) - this.place(b))
      .slice(0, MAX_CLARIFY);
    return { answer: { question, answered: false, best: null, alternatives: [], language, clarify: { reports: clarify } }, words, scoring };
  }

  /** A report's place when asking back (clarifyOrder); a report not loaded comes last. */
  private place(id: string): number {
    return this.clarifyOrder.get(id) ?? Infinity;
  }

  /**
   * Over several reports, the floor the outcome allows (outcome-floor.ts), from the report
   * that would be asked back first: scored alone it costs what one report costs, and a fact
   * that passes there bounds what the others must reach to matter. Explanations (floor 0)
   * score everything.
   */
  private raisedFloor(words: QuestionWords, asked: PreparedQuestion, named: readonly string[], floor: number): number {
    // A bare topic is declined for facts far below the best (answer-policy.ts): none may be left out.
    if (floor === 0 || named.length === 1 || this.index.reports.length < 2 || !asksSomething(words)) return floor;
    let first = named.length === 0 ? this.firstAskedBack : undefined;
    for (const id of named) if (first === undefined || this.place(id) < this.place(first)) first = id;
    if (first === undefined) return floor;
    return outcomeFloor(this.scorer.score(asked, this.scopeOf([first]), floor), floor);
  }
}

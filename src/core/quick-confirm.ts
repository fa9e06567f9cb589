/**
 * Where the quick check's verdict hangs on what it did not ask. The verdict is the engine's for
 * the answers as they stand (a discovery answer not asked read as NOT_ASKED_READING says, a
 * practice not asked left open). This file tries the other readings: every open practice at 0,
 * and at 4; each discovery question not asked at each of its values (and the questions a value
 * brings in); and says "confirm in the full assessment" wherever one reaches another verdict.
 * Each rule is monotone in the practices, so for given discovery answers the two ends decide.
 * See docs/methodology.md, section 6.3.
 */
import { readinessQuestions } from './content/questions';
import { discoveryQuestions, isApplicable } from './content/question-structure';
import { NOT_ASKED_READING } from './quick-check';
import {
  CONFIRM_FINDING_IDS,
  confirmAnswerText,
  confirmPracticesText,
  confirmSource,
  type ConfirmSubject,
} from './quick-check-text';
import { headlineFor, verdictFor, type Verdict } from './recommendation';
import { validateDiscovery } from './schema';
import { scoreReadiness } from './scoring';
import {
  ValidationError,
  type AnswerValue,
  type Answers,
  type DiscoveryAnswers,
  type DiscoveryQuestion,
  type Finding,
  type MaturityLevel,
  type ReadinessQuestion,
} from './types';

/** "Confirm in the full assessment": the verdict hangs on something the quick check did not ask. */
export interface ConfirmFinding extends Finding {
  /** What it hangs on: the practices not asked, or one discovery question not asked. */
  subject: ConfirmSubject;
  /** The questions whose answers settle it, in bank order. */
  questionIds: string[];
  /** The verdicts those answers could lead to instead of this one, without repeats. */
  alternatives: QuickAlternative[];
}

/** A verdict the quick result could turn into once the full assessment settles an answer. */
export interface QuickAlternative extends Verdict {
  headline: string;
}

const TOP_LEVEL: MaturityLevel = 4;

/** A verdict's identity: the two halves and the project. */
const key = (v: Verdict): string => `${v.security}|${v.project ?? ''}|${v.itStrategy}`;

/** The readiness practices that apply to these answers, with their wording. */
export function applicableReadiness(answers: Answers): ReadinessQuestion[] {
  return readinessQuestions.filter((q) => isApplicable(q, answers));
}

function discoveryOf(answers: Answers): DiscoveryAnswers {
  const checked = validateDiscovery(answers);
  if (!checked.ok) throw new ValidationError('Answers', checked.issues);
  return checked.value;
}

/** The answers with each discovery question not answered read as NOT_ASKED_READING says. */
export function withReading(answers: Answers): Answers {
  const reading: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(NOT_ASKED_READING)) {
    if (value !== undefined && answers[id] === undefined) reading[id] = value;
  }
  return { ...reading, ...answers };
}

/** One reading of the answers, with what every verdict under it needs worked out once. */
export interface Reading {
  answers: Answers;
  discovery: DiscoveryAnswers;
  applicable: ReadinessQuestion[];
}

/** A reading of these answers, its discovery validated (throws ValidationError('Answers')). */
export function readingOf(answers: Answers): Reading {
  return { answers, discovery: discoveryOf(answers), applicable: applicableReadiness(answers) };
}

/**
 * The verdict for a reading with the practices not answered left open (fill null), or all set to
 * `fill`; those in `apart` take `apartFill` instead.
 */
function verdictUnder(
  r: Reading,
  fill: MaturityLevel | null,
  apart: ReadonlySet<string> = new Set(),
  apartFill: MaturityLevel = 0,
): Verdict {
  const scored: Record<string, AnswerValue | undefined> = { ...r.answers };
  if (fill !== null) {
    for (const q of r.applicable) scored[q.id] ??= apart.has(q.id) ? apartFill : fill;
  }
  return verdictFor(r.discovery, scoreReadiness(r.applicable, scored));
}

/** The values a discovery question could take: every option; for a list, none, each alone, all. */
function valuesOf(q: DiscoveryQuestion): AnswerValue[] {
  if (q.kind === 'single') return q.options.map((o) => o.value);
  if (q.kind === 'multi') {
    const all = q.options.map((o) => o.value);
    return [[], ...all.map((v) => [v]), all];
  }
  // A number cannot be tried value by value; the declaration asks every number (tested).
  return [];
}

const sameValue = (a: AnswerValue | undefined, b: AnswerValue | undefined): boolean =>
  Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && a.every((x, i) => x === b[i])
    : a === b;

/** An answer in the words of the question's options. */
function answerWords(id: string, value: AnswerValue | undefined): string {
  const q = discoveryQuestions.find((x) => x.id === id);
  if (!q || q.kind === 'number' || value === undefined) return String(value);
  const label = (v: string): string => q.options.find((o) => o.value === v)?.label ?? v;
  if (q.kind === 'single') return label(String(value));
  const values = value as readonly string[];
  return values.length === 0 ? q.noneLabel : values.map(label).join(', ');
}

/** Another reading of the discovery answers: one not asked set to a value (and what it opens). */
export interface Variation {
  root: DiscoveryQuestion;
  /** The questions set, root first, then the conditional ones it made applicable. */
  changed: string[];
  answers: Answers;
}

/**
 * Each discovery question not answered, tried at each of its values; a value that makes another
 * question not answered apply (a retailer's card questions) is tried with each of its values too.
 */
export function variationsOf(known: Answers, open: ReadonlySet<string>): Variation[] {
  const out: Variation[] = [];
  const appliedBefore = new Set(
    discoveryQuestions.filter((q) => isApplicable(q, known)).map((q) => q.id),
  );
  const chain = (v: Variation): void => {
    for (const c of discoveryQuestions) {
      if (!open.has(c.id) || appliedBefore.has(c.id) || v.changed.includes(c.id)) continue;
      if (!isApplicable(c, v.answers)) continue;
      for (const value of valuesOf(c)) {
        const next: Variation = {
          ...v,
          changed: [...v.changed, c.id],
          answers: { ...v.answers, [c.id]: value },
        };
        out.push(next);
        chain(next);
      }
    }
  };
  for (const q of discoveryQuestions) {
    if (!open.has(q.id) || !appliedBefore.has(q.id)) continue;
    for (const value of valuesOf(q)) {
      if (sameValue(value, known[q.id])) continue;
      const v: Variation = {
        root: q,
        changed: [q.id],
        answers: { ...known, [q.id]: value },
      };
      out.push(v);
      chain(v);
    }
  }
  return out;
}

interface Readings {
  cautious: Verdict;
  /** Every practice not answered at 0, and at 4. */
  none: Verdict;
  all: Verdict;
}

function readingsOf(r: Reading): Readings {
  return {
    cautious: verdictUnder(r, null),
    none: verdictUnder(r, 0),
    all: verdictUnder(r, TOP_LEVEL),
  };
}

/**
 * The verdict another discovery answer could lead to, or null. It is tried with the practices
 * open, all at 0 and all at 4, and, where the answer brings in practices of its own (a planned
 * initiative brings its oversight), with those at one end and the rest at the other: a rule that
 * reads one practice (who can lead the initiative) shows only there. A reading that differs
 * only where the base reading differs too is the practices' doing, already said.
 */
function alternativeUnder(
  variation: Variation,
  applicableBefore: ReadonlySet<string>,
  base: Readings,
): { verdict: Verdict; reading: Reading } | null {
  const shown = key(base.cautious);
  const r = readingOf(variation.answers);
  const cautious = verdictUnder(r, null);
  if (key(cautious) !== shown) return { verdict: cautious, reading: r };
  const added = new Set(
    r.applicable
      .map((q) => q.id)
      .filter((id) => !applicableBefore.has(id) && r.answers[id] === undefined),
  );
  const tries: [() => Verdict, Verdict][] = [
    [() => verdictUnder(r, 0), base.none],
    [() => verdictUnder(r, TOP_LEVEL), base.all],
  ];
  if (added.size > 0) {
    tries.push([() => verdictUnder(r, TOP_LEVEL, added, 0), base.all]);
    tries.push([() => verdictUnder(r, 0, added, TOP_LEVEL), base.none]);
  }
  for (const [reach, baseVerdict] of tries) {
    const v = reach();
    if (key(v) !== shown && key(v) !== key(baseVerdict)) return { verdict: v, reading: r };
  }
  return null;
}

/** What one reading of the answers leads to, with the headline it would carry. */
function alternativeOf(v: Verdict, r: Reading): QuickAlternative {
  return { ...v, headline: headlineFor(v.security, v.itStrategy, r.discovery) };
}

/** The practices' finding: the verdict if every open practice proves in place, or none does. */
function practicesFinding(base: Reading, readings: Readings, source: string): ConfirmFinding[] {
  const shown = key(readings.cautious);
  const open = base.applicable.filter((q) => base.answers[q.id] === undefined);
  const ifInPlace = key(readings.all) !== shown ? alternativeOf(readings.all, base) : null;
  const ifMissing = key(readings.none) !== shown ? alternativeOf(readings.none, base) : null;
  if (!ifInPlace && !ifMissing) return [];
  const alternatives = [ifInPlace, ifMissing].filter((a): a is QuickAlternative => a !== null);
  return [
    {
      id: CONFIRM_FINDING_IDS.practices,
      subject: 'practices',
      text: confirmPracticesText(
        open.length,
        ifInPlace?.headline ?? null,
        ifMissing?.headline ?? null,
      ),
      source,
      questionIds: open.map((q) => q.id),
      alternatives: alternatives.filter(
        (a, i) => alternatives.findIndex((b) => key(b) === key(a)) === i,
      ),
    },
  ];
}

/** The discovery findings: one per question not asked whose other answers reach another verdict. */
function answerFindings(
  base: Reading,
  readings: Readings,
  variations: readonly Variation[],
  source: string,
): ConfirmFinding[] {
  const applicableBefore = new Set(base.applicable.map((q) => q.id));
  const byRoot = new Map<
    string,
    { ids: Set<string>; alts: Map<string, { alternative: QuickAlternative; answers: string[] }> }
  >();
  for (const variation of variations) {
    const found = alternativeUnder(variation, applicableBefore, readings);
    if (!found) continue;
    const entry = byRoot.get(variation.root.id) ?? { ids: new Set<string>(), alts: new Map() };
    for (const id of variation.changed) entry.ids.add(id);
    if (!entry.alts.has(key(found.verdict))) {
      entry.alts.set(key(found.verdict), {
        alternative: alternativeOf(found.verdict, found.reading),
        answers: variation.changed.map((id) => answerWords(id, variation.answers[id])),
      });
    }
    byRoot.set(variation.root.id, entry);
  }
  const bankOrder = discoveryQuestions.map((q) => q.id);
  return [...byRoot].map(([rootId, { ids, alts }]) => {
    const subject = rootId as keyof DiscoveryAnswers;
    const found = [...alts.values()];
    return {
      id: CONFIRM_FINDING_IDS[subject],
      subject,
      text: confirmAnswerText(
        subject,
        found.map((a) => ({ answers: a.answers, headline: a.alternative.headline })),
      ),
      source,
      questionIds: bankOrder.filter((id) => ids.has(id)),
      alternatives: found.map((a) => a.alternative),
    };
  });
}

/**
 * What to confirm in the full assessment: the practices' finding first, then one per discovery
 * question not asked whose other answers reach another verdict, in bank order. Empty when nothing
 * the quick check left out could change the verdict.
 */
export function confirmFindings(
  known: Reading,
  variations: readonly Variation[],
  answerCount: number,
): ConfirmFinding[] {
  const source = confirmSource(answerCount);
  const readings = readingsOf(known);
  return [
    ...practicesFinding(known, readings, source),
    ...answerFindings(known, readings, variations, source),
  ];
}

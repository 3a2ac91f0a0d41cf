/**
 * `npx tsx bench/explanation.ts`: the citizen explanation on the annotated corpus — share of dated deadlines stated
 * with the right date, amounts with the right role, the "what if you disagree" part, and the essentials script's
 * length — with the misses per letter.
 */
import { loadCorpus } from "./corpus.ts";
import { figures, formatFigures, scoreLetter } from "./explanation-score.ts";

const scores = loadCorpus().map(scoreLetter);
for (const s of scores) if (s.misses.length) console.log(`${s.id}: ${s.misses.join("; ")}`);
console.log(formatFigures(figures(scores)));

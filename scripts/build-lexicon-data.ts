/**
 * Copies the Dutch reference data that Klaar needs from ../shared/data/lint-ii into lexicon/data/, pruned to what
 * loads fast: the common words (SUBTLEX-NL Zipf ≥ 3, plus LiNT-II's skip list of under-rated words) and the
 * two-part compound splits used to show long words in readable parts. Run by hand when the source data changes.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const source = join(root, "..", "shared", "data", "lint-ii");
const target = join(root, "lexicon", "data");
mkdirSync(target, { recursive: true });

const rows = (file: string) =>
  readFileSync(join(source, file), "utf8")
    .split("\n")
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split("\t"));

const common = new Set<string>();
for (const [zipf, word] of rows("subtlex_wordfreq.tsv")) {
  if (word && Number(zipf) >= 3 && /^[\p{L}'-]+$/u.test(word)) common.add(word.toLowerCase());
}
for (const [word] of rows("subtlex_wordfreq_skiplist.tsv")) if (word) common.add(word.toLowerCase());
writeFileSync(join(target, "nl-common-words.txt"), `${[...common].sort().join("\n")}\n`);

// word <TAB> index where the head starts (after any linking letters) <TAB> length of the modifier.
const compounds: string[] = [];
for (const cols of rows("nouns_sem_types_20260420.tsv")) {
  const [, , isCompound, nParts, head, modifier, , , word] = cols;
  if (isCompound !== "true" || nParts !== "2" || !word || !head || !modifier) continue;
  if (word.length < 10 || !/^\p{L}+$/u.test(word) || !word.endsWith(head) || !word.startsWith(modifier)) continue;
  compounds.push(`${word}\t${word.length - head.length}\t${modifier.length}`);
}
writeFileSync(join(target, "nl-compounds.tsv"), `${compounds.sort().join("\n")}\n`);
console.log(`common words: ${common.size}, compounds: ${compounds.length}`);

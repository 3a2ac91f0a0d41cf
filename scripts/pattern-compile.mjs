// How dear each regular expression is to compile, in one run of `klaar`:
//   node --import ./scripts/pattern-compile.mjs bin/klaar.js analyze --json LETTER > /dev/null
// V8 compiles a pattern at its first run (bytecode) and again at its second (machine code), unless the first ran on a
// text of 1,000 characters or more. This wraps RegExp.prototype.exec (every other RegExp method calls it once it is
// replaced) and prints on stderr, dearest first: the first run's ms, the second's, the number of runs, the length of
// the first text, the flags, the source's length and its start. TOP=n shows n patterns (default 25). A tool for
// developers: it slows every pattern down, so it measures compile costs, not the analysis.
const exec = RegExp.prototype.exec;
const seen = new WeakMap();
const all = [];
RegExp.prototype.exec = function timedExec(text) {
  let stat = seen.get(this);
  if (!stat) {
    stat = { source: this.source, flags: this.flags, runs: 0, first: 0, second: 0, length: 0 };
    seen.set(this, stat);
    all.push(stat);
  }
  stat.runs++;
  if (stat.runs > 2) return exec.call(this, text);
  const started = performance.now();
  const result = exec.call(this, text);
  const ms = performance.now() - started;
  if (stat.runs === 1) {
    stat.first = ms;
    stat.length = String(text).length;
  } else stat.second = ms;
  return result;
};
process.on("exit", () => {
  const cost = (s) => s.first + s.second;
  const total = all.reduce((sum, s) => sum + cost(s), 0);
  const lines = [`patterns ${all.length}, first two runs ${total.toFixed(1)} ms in all`];
  for (const s of all.sort((a, b) => cost(b) - cost(a)).slice(0, Number(process.env.TOP ?? 25)))
    lines.push(
      `${s.first.toFixed(2).padStart(6)} ${s.second.toFixed(2).padStart(6)} runs=${s.runs} text=${s.length} /${s.flags}/ ${s.source.length} ${s.source.slice(0, 100)}`,
    );
  process.stderr.write(`${lines.join("\n")}\n`);
});

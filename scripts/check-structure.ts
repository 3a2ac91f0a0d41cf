/**
 * `npm test` runs this first: the source tree's shape rules from CONTRIBUTING.md.
 *  - no import cycles among our modules (type-only imports count too: they tie modules together just the same);
 *  - no source file over 400 lines (data files — JSON, locales — are not source).
 * Imports in this project are relative with explicit extensions ("./tokenize.ts"), so the graph is read from the
 * import and export statements directly.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const MAX_LINES = 400;
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^;]*?\sfrom\s+["'](\.{1,2}\/[^"']+)["']|(?:^|\n)\s*import\s+["'](\.{1,2}\/[^"']+)["']|import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|mjs)$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

export function importGraph(files: string[]): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    const targets = new Set<string>();
    for (const m of text.matchAll(IMPORT)) {
      const target = resolve(dirname(file), (m[1] ?? m[2] ?? m[3]) as string);
      if (known.has(target)) targets.add(target);
    }
    graph.set(file, [...targets]);
  }
  return graph;
}

/** Strongly connected components of more than one module (or a module importing itself): Tarjan's algorithm. */
export function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    order.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!order.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) as number, low.get(next) as number));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node) as number, order.get(next) as number));
    }
    if (low.get(node) === order.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || graph.get(node)?.includes(node)) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!order.has(node)) visit(node);
  return found;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = ["src", "bin", "scripts", "bench"].flatMap((d) => {
    try {
      return sourceFiles(join(ROOT, d));
    } catch {
      return [];
    }
  });
  const problems: string[] = [];
  for (const cycle of cycles(importGraph(files)))
    problems.push(`import cycle: ${cycle.map((f) => relative(ROOT, f)).join(" ↔ ")}`);
  for (const file of files.filter((f) => relative(ROOT, f).startsWith("src"))) {
    const lines = readFileSync(file, "utf8").split("\n").length - 1;
    if (lines > MAX_LINES)
      problems.push(`${relative(ROOT, file)}: ${lines} lines (at most ${MAX_LINES}; split it by feature)`);
  }
  for (const p of problems) console.log(p);
  console.log(`structure: ${files.length} modules, ${problems.length} problem(s)`);
  process.exit(problems.length ? 1 : 0);
}

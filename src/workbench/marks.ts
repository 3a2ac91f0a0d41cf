/**
 * The letter with its findings marked in place, as a tree the page renders. Pure.
 *
 * Findings nest (a jargon word inside a long sentence): a finding that holds others becomes a region with a label at
 * its start; a finding that holds none wraps its words. A finding that crosses the edge of another cannot be wrapped
 * and becomes a label at its start only. Every finding is reachable once, in text order.
 */
import type { KeyedFinding } from "./edit.ts";

export type MarkNode =
  | { type: "text"; text: string }
  /** A finding around its words (no findings inside). */
  | { type: "mark"; index: number; finding: KeyedFinding; text: string }
  /** A finding that holds other findings: a label at the start, then its content. */
  | { type: "region"; index: number; finding: KeyedFinding; children: MarkNode[] }
  /** A finding that could not be wrapped: only its label, at its start. */
  | { type: "label"; index: number; finding: KeyedFinding };

interface Open {
  index: number;
  finding: KeyedFinding;
  children: Open[];
  kind: "wrap" | "label";
}

/** `findings` must be in text order (as `keyFindings` gives them); `index` in the nodes is the position in that list. */
export function markTree(text: string, findings: readonly KeyedFinding[]): MarkNode[] {
  const root: Open[] = [];
  const stack: Open[] = [];
  findings.forEach((finding, index) => {
    if (finding.start < 0 || finding.end > text.length || finding.end <= finding.start) return;
    while (stack.length && (stack[stack.length - 1]?.finding.end ?? 0) <= finding.start) stack.pop();
    const parent = stack[stack.length - 1];
    const crosses = parent !== undefined && finding.end > parent.finding.end;
    const node: Open = { index, finding, children: [], kind: crosses ? "label" : "wrap" };
    (parent ? parent.children : root).push(node);
    if (!crosses) stack.push(node);
  });
  return build(text, root, 0, text.length);
}

function build(text: string, nodes: Open[], from: number, to: number): MarkNode[] {
  const out: MarkNode[] = [];
  let pos = from;
  const plain = (end: number) => {
    if (end > pos) out.push({ type: "text", text: text.slice(pos, end) });
    pos = Math.max(pos, end);
  };
  for (const node of nodes) {
    const { finding, index } = node;
    plain(finding.start);
    if (node.kind === "label") {
      out.push({ type: "label", index, finding });
      continue;
    }
    if (node.children.length === 0) {
      out.push({ type: "mark", index, finding, text: text.slice(finding.start, finding.end) });
    } else {
      out.push({ type: "region", index, finding, children: build(text, node.children, finding.start, finding.end) });
    }
    pos = finding.end;
  }
  plain(to);
  return out;
}

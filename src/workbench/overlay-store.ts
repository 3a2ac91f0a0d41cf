/**
 * The organisation's own lexicon entries and its "do not simplify" list, in SQLite (workbench.sqlite in
 * KLAAR_DATA_DIR; WAL; migrations on open), with an audit log of every change (who, when, what).
 *
 * Officers propose entries; an admin approves (as is or edited) or rejects them. Approved entries join the analysis:
 * `approvedVersion()` changes whenever the approved set changes, so the analyzer can be rebuilt once per version.
 * Export and import use the lexicon/ file format, checked with its zod schema; an error names the entry.
 * The SQL schema and the OverlayEntry type live in overlay-schema.ts.
 */
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import Database from "better-sqlite3";
import type { ZodError } from "zod";
import { LANGUAGES, type Language } from "../analysis/types.ts";
import { entrySchema, type LexiconEntry, type LexiconFile, lexiconFileSchema } from "../lexicon/schema.ts";
import { migrate } from "../util/sqlite.ts";
import type { KeepTerm } from "./edit.ts";
import { type EntryRow, type EntryStatus, MIGRATIONS, type OverlayEntry, toEntry } from "./overlay-schema.ts";

export type { EntryStatus, OverlayEntry } from "./overlay-schema.ts";

export const WORKBENCH_FILE_NAME = "workbench.sqlite";

export type AuditAction = "propose" | "approve" | "edit" | "reject" | "import" | "keep-add" | "keep-remove";

export interface AuditRow {
  id: number;
  at: Date;
  actor: string;
  action: AuditAction;
  subject: string;
  before: unknown;
  after: unknown;
}

export interface KeepRow extends KeepTerm {
  id: number;
  addedBy: string;
  addedAt: Date;
}

/** What an officer fills in to propose an entry. */
export interface Proposal {
  lang: Language;
  term: string;
  alternative?: string;
  explanation: string;
  pictogram: string;
  category: string;
}

export class OverlayError extends Error {
  constructor(
    readonly problems: string[],
    readonly code: "invalid" | "exists" | "not-found" = "invalid",
    /** For "exists": the form that is already there and the entry it belongs to. */
    readonly existing?: { term: string; id: string },
  ) {
    super(problems.join("\n"));
    this.name = "OverlayError";
  }
}

/** "Bijzonder Comité" → "bijzonder-comite". */
export function slugify(term: string): string {
  return (
    term
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "term"
  );
}

function describeIssues(error: ZodError, data: unknown): string[] {
  return error.issues.map((issue) => {
    const [first, index, ...rest] = issue.path;
    if (first === "entries" && typeof index === "number") {
      const raw = (data as { entries?: { id?: unknown; term?: unknown }[] }).entries?.[index];
      const name = typeof raw?.id === "string" ? raw.id : typeof raw?.term === "string" ? raw.term : "";
      return `entry ${index + 1}${name ? ` (${name})` : ""}: ${rest.join(".") || "entry"}: ${issue.message}`;
    }
    return `${issue.path.join(".") || "file"}: ${issue.message}`;
  });
}

export interface OverlayStoreOptions {
  now?: () => Date;
  /** Known pictogram ids; an entry with another one is refused. */
  pictograms?: ReadonlySet<string>;
  /** Forms (lower case) already in the shared lexicon, per language, with their entry id: a proposal may not clash. */
  sharedForms?: (lang: Language) => ReadonlyMap<string, string>;
}

export class OverlayStore {
  readonly #now: () => Date;

  constructor(
    private readonly db: Database.Database,
    private readonly options: OverlayStoreOptions = {},
  ) {
    this.#now = options.now ?? (() => new Date());
  }

  close(): void {
    this.db.close();
  }

  /** Changes whenever the set of approved entries changes. */
  approvedVersion(): number {
    return (this.db.prepare("SELECT value FROM meta WHERE key = 'approved_version'").get() as { value: number }).value;
  }

  private bump(): void {
    this.db.prepare("UPDATE meta SET value = value + 1 WHERE key = 'approved_version'").run();
  }

  private log(actor: string, action: AuditAction, subject: string, before: unknown, after: unknown): void {
    this.db
      .prepare("INSERT INTO audit_log (at, actor, action, subject, before, after) VALUES (?, ?, ?, ?, ?, ?)")
      .run(
        this.#now().getTime(),
        actor,
        action,
        subject,
        before === undefined ? null : JSON.stringify(before),
        after === undefined ? null : JSON.stringify(after),
      );
  }

  /** Checks an entry against the schema, the pictogram catalogue and the shared lexicon. */
  validateEntry(lang: Language, input: unknown, ownId?: string): LexiconEntry {
    const parsed = entrySchema.safeParse(input);
    if (!parsed.success) {
      throw new OverlayError(parsed.error.issues.map((i) => `${i.path.join(".") || "entry"}: ${i.message}`));
    }
    const entry = parsed.data;
    const problems: string[] = [];
    if (this.options.pictograms && !this.options.pictograms.has(entry.pictogram))
      problems.push(`pictogram: unknown pictogram "${entry.pictogram}"`);
    const shared = this.options.sharedForms?.(lang);
    for (const form of [entry.term, ...entry.variants]) {
      const owner = shared?.get(form.toLowerCase());
      if (owner && owner !== (ownId ?? entry.id))
        throw new OverlayError([`"${form}" is already in the word list (${owner})`], "exists", {
          term: form,
          id: owner,
        });
    }
    if (entry.alternative && entry.alternative.toLowerCase() === entry.term.toLowerCase())
      problems.push("alternative: the alternative is the term itself");
    if (problems.length) throw new OverlayError(problems);
    return entry;
  }

  /** Turns a proposal form into a lexicon entry (id from the term, region BE, source: the organisation). */
  entryFromProposal(p: Proposal, by: string, id?: string): LexiconEntry {
    const term = p.term.trim();
    const alternative = p.alternative?.trim();
    return this.validateEntry(
      p.lang,
      {
        id: id ?? slugify(term),
        term,
        variants: [],
        caseSensitive: term.length > 1 && term === term.toUpperCase() && /\p{L}/u.test(term),
        category: p.category,
        ...(alternative ? { alternative } : {}),
        explanation: p.explanation.trim(),
        keep: false,
        pictogram: p.pictogram,
        region: "BE",
        source: `organisation (${by})`,
      },
      id,
    );
  }

  propose(p: Proposal, by: string): OverlayEntry {
    if (!(LANGUAGES as readonly string[]).includes(p.lang)) throw new OverlayError(["lang: unknown language"]);
    const entry = this.entryFromProposal(p, by);
    const approved = this.approved(p.lang).find((e) => e.entry.id === entry.id);
    if (approved)
      throw new OverlayError([`"${entry.term}" is already in the word list (${entry.id})`], "exists", {
        term: entry.term,
        id: entry.id,
      });
    const now = this.#now().getTime();
    return this.db.transaction(() => {
      const info = this.db
        .prepare(
          `INSERT INTO entries (lang, entry_id, entry, status, proposed_by, created_at, updated_at)
           VALUES (?, ?, ?, 'proposed', ?, ?, ?)`,
        )
        .run(p.lang, entry.id, JSON.stringify(entry), by, now, now);
      this.log(by, "propose", `${p.lang}:${entry.id}`, undefined, entry);
      return this.get(Number(info.lastInsertRowid));
    })();
  }

  get(id: number): OverlayEntry {
    const row = this.db.prepare("SELECT * FROM entries WHERE id = ?").get(id) as EntryRow | undefined;
    if (!row) throw new OverlayError([`no entry ${id}`], "not-found");
    return toEntry(row);
  }

  list(status?: EntryStatus): OverlayEntry[] {
    const rows = (
      status
        ? this.db.prepare("SELECT * FROM entries WHERE status = ? ORDER BY lang, entry_id, id").all(status)
        : this.db.prepare("SELECT * FROM entries ORDER BY lang, entry_id, id").all()
    ) as EntryRow[];
    return rows.map(toEntry);
  }

  approved(lang?: Language): OverlayEntry[] {
    return this.list("approved").filter((e) => !lang || e.lang === lang);
  }

  /** Approved entries per language, as the analyzer takes them. */
  approvedEntries(): Record<Language, LexiconEntry[]> {
    const out = Object.fromEntries(LANGUAGES.map((l) => [l, [] as LexiconEntry[]])) as Record<Language, LexiconEntry[]>;
    for (const e of this.approved()) out[e.lang].push(e.entry);
    return out;
  }

  /** Approves a proposal, as is or with the admin's edits (which may change the term, not the id). */
  approve(id: number, by: string, edits?: Omit<Proposal, "lang">): OverlayEntry {
    return this.db.transaction(() => {
      const current = this.get(id);
      if (current.status === "approved" && !edits) return current;
      const entry = edits
        ? this.entryFromProposal({ ...edits, lang: current.lang }, current.proposedBy, current.entry.id)
        : current.entry;
      // An approved entry with the same id is replaced by this one.
      const previous = this.db
        .prepare("SELECT * FROM entries WHERE lang = ? AND entry_id = ? AND status = 'approved' AND id != ?")
        .get(current.lang, entry.id, id) as EntryRow | undefined;
      if (previous) this.db.prepare("UPDATE entries SET status = 'rejected' WHERE id = ?").run(previous.id);
      this.db
        .prepare("UPDATE entries SET entry = ?, status = 'approved', decided_by = ?, updated_at = ? WHERE id = ?")
        .run(JSON.stringify(entry), by, this.#now().getTime(), id);
      const subject = `${current.lang}:${entry.id}`;
      if (edits) this.log(by, "edit", subject, current.entry, entry);
      this.log(by, "approve", subject, { status: current.status }, { status: "approved" });
      this.bump();
      return this.get(id);
    })();
  }

  reject(id: number, by: string): OverlayEntry {
    return this.db.transaction(() => {
      const current = this.get(id);
      this.db
        .prepare("UPDATE entries SET status = 'rejected', decided_by = ?, updated_at = ? WHERE id = ?")
        .run(by, this.#now().getTime(), id);
      this.log(by, "reject", `${current.lang}:${current.entry.id}`, { status: current.status }, { status: "rejected" });
      if (current.status === "approved") this.bump();
      return this.get(id);
    })();
  }

  /** The approved entries of one language in the lexicon/<lang>.json format. */
  exportFile(lang: Language): LexiconFile {
    return lexiconFileSchema.parse({
      $comment: "Klaar: the organisation's own entries (approved in the workbench).",
      language: lang,
      entries: this.approved(lang).map((e) => e.entry),
    });
  }

  /**
   * Reads a file in the lexicon/ format; every entry becomes approved (replacing an approved one with the same id).
   * Nothing is stored when any entry has an error; the errors name the entry.
   */
  importFile(data: unknown, by: string): { lang: Language; count: number } {
    const parsed = lexiconFileSchema.safeParse(data);
    if (!parsed.success) throw new OverlayError(describeIssues(parsed.error, data));
    const { language, entries } = parsed.data;
    const problems: string[] = [];
    const seen = new Set<string>();
    entries.forEach((entry, i) => {
      if (seen.has(entry.id)) problems.push(`entry ${i + 1} (${entry.id}): id: the id is used twice`);
      seen.add(entry.id);
      try {
        this.validateEntry(language, entry);
      } catch (error) {
        if (!(error instanceof OverlayError)) throw error;
        for (const p of error.problems) problems.push(`entry ${i + 1} (${entry.id}): ${p}`);
      }
    });
    if (problems.length) throw new OverlayError(problems);
    const now = this.#now().getTime();
    this.db.transaction(() => {
      for (const entry of entries) {
        const previous = this.db
          .prepare("SELECT * FROM entries WHERE lang = ? AND entry_id = ? AND status = 'approved'")
          .get(language, entry.id) as EntryRow | undefined;
        if (previous) this.db.prepare("UPDATE entries SET status = 'rejected' WHERE id = ?").run(previous.id);
        this.db
          .prepare(
            `INSERT INTO entries (lang, entry_id, entry, status, proposed_by, decided_by, created_at, updated_at)
             VALUES (?, ?, ?, 'approved', ?, ?, ?, ?)`,
          )
          .run(language, entry.id, JSON.stringify(entry), by, by, now, now);
        this.log(by, "import", `${language}:${entry.id}`, previous ? JSON.parse(previous.entry) : undefined, entry);
      }
      if (entries.length) this.bump();
    })();
    return { lang: language, count: entries.length };
  }

  keepList(): KeepRow[] {
    const rows = this.db.prepare("SELECT * FROM keep_terms ORDER BY lower(text)").all() as {
      id: number;
      text: string;
      term_id: string | null;
      added_by: string;
      added_at: number;
    }[];
    return rows.map((r) => ({
      id: r.id,
      text: r.text,
      termId: r.term_id,
      addedBy: r.added_by,
      addedAt: new Date(r.added_at),
    }));
  }

  addKeep(text: string, by: string, termId?: string | null): KeepRow {
    const clean = text.trim().replace(/\s+/g, " ");
    if (!clean || clean.length > 200) throw new OverlayError(["text: 1 to 200 characters"]);
    return this.db.transaction(() => {
      this.db
        .prepare("INSERT OR IGNORE INTO keep_terms (text, term_id, added_by, added_at) VALUES (?, ?, ?, ?)")
        .run(clean, termId ?? null, by, this.#now().getTime());
      this.log(by, "keep-add", clean, undefined, { text: clean, termId: termId ?? null });
      const row = this.keepList().find((k) => k.text.toLowerCase() === clean.toLowerCase());
      if (!row) throw new OverlayError(["text: not stored"]);
      return row;
    })();
  }

  removeKeep(id: number, by: string): void {
    this.db.transaction(() => {
      const row = this.keepList().find((k) => k.id === id);
      if (!row) throw new OverlayError([`no entry ${id}`], "not-found");
      this.db.prepare("DELETE FROM keep_terms WHERE id = ?").run(id);
      this.log(by, "keep-remove", row.text, { text: row.text, termId: row.termId }, undefined);
    })();
  }

  auditLog(limit = 100): AuditRow[] {
    const rows = this.db.prepare("SELECT * FROM audit_log ORDER BY id DESC LIMIT ?").all(limit) as {
      id: number;
      at: number;
      actor: string;
      action: AuditAction;
      subject: string;
      before: string | null;
      after: string | null;
    }[];
    return rows.map((r) => ({
      id: r.id,
      at: new Date(r.at),
      actor: r.actor,
      action: r.action,
      subject: r.subject,
      before: r.before === null ? undefined : JSON.parse(r.before),
      after: r.after === null ? undefined : JSON.parse(r.after),
    }));
  }
}

export function openOverlayStore(file: string, options: OverlayStoreOptions = {}): OverlayStore {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, { timeout: 5000 });
  db.pragma("busy_timeout = 5000");
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  migrate(db, MIGRATIONS, "workbench");
  return new OverlayStore(db, options);
}

export function defaultOverlayFile(dataDir: string): string {
  return join(dataDir, WORKBENCH_FILE_NAME);
}

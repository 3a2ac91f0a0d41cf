/**
 * `klaar user add --username U --role admin|officer|counter [--site stadhuis] [--counter 3]… [--name "…"]` and
 * `klaar user list`. The password is read from stdin (one line), or asked for without echo on a terminal. It is
 * never taken from the command line, where other users of the machine could read it.
 */
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { AccountError, defaultAccountsFile, openAccountStore, ROLES, type Role } from "../accounts/store.ts";
import { loadConfig } from "../config.ts";
import { loadSites } from "../kiosk/sites.ts";
import { loadCounters } from "../staff/counters.ts";
import { USER_USAGE, UsageError } from "./usage.ts";

export { USER_USAGE, UsageError };

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString("utf8");
}

/** Asks on the terminal without showing what is typed. */
function ask(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write("\n");
      resolve(answer);
    });
    muted = true;
  });
}

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) {
    const first = await ask("Password: ");
    const second = await ask("Password again: ");
    if (first !== second) throw new UsageError("The two passwords are not the same.");
    return first;
  }
  // The first line of stdin; a trailing newline (echo, a file) is not part of the password.
  return (await readAll(process.stdin)).split(/\r?\n/)[0] ?? "";
}

async function add(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      username: { type: "string" },
      role: { type: "string" },
      site: { type: "string" },
      counter: { type: "string", multiple: true },
      name: { type: "string" },
    },
  });
  if (!values.username || !values.role) throw new UsageError(USER_USAGE);
  if (!(ROLES as readonly string[]).includes(values.role))
    throw new UsageError(`--role must be one of ${ROLES.join(", ")}`);
  const role = values.role as Role;
  const counters = values.counter ?? [];
  if (values.site !== undefined || counters.length > 0) {
    const sites = loadSites();
    const site = values.site === undefined ? undefined : sites.get(values.site);
    if (!site) throw new UsageError(`--site must be one of ${[...sites.keys()].join(", ")}`);
    const known = (loadCounters(sites).get(site.id) ?? []).map((c) => c.id);
    const unknown = counters.filter((c) => !known.includes(c));
    if (unknown.length) throw new UsageError(`${site.id} has counters ${known.join(", ")}; not ${unknown.join(", ")}`);
  }
  const password = await readPassword();
  const store = openAccountStore(defaultAccountsFile(loadConfig().KLAAR_DATA_DIR));
  try {
    const user = await store.createUser({
      username: values.username,
      role,
      displayName: values.name,
      siteId: values.site ?? null,
      counters,
      password,
    });
    process.stdout.write(`Made user ${user.username} (${user.role}${user.siteId ? `, ${user.siteId}` : ""}).\n`);
  } catch (error) {
    if (error instanceof AccountError) throw new UsageError(`Cannot make the user: ${error.message}.`);
    throw error;
  } finally {
    store.close();
  }
}

function list(): void {
  const store = openAccountStore(defaultAccountsFile(loadConfig().KLAAR_DATA_DIR));
  try {
    const users = store.listUsers();
    if (users.length === 0) {
      process.stdout.write("There are no users yet. Make the first admin with: klaar user add --role admin …\n");
      return;
    }
    const now = Date.now();
    for (const u of users) {
      const where = u.siteId ? ` ${u.siteId}${u.counters.length ? ` (counter ${u.counters.join(", ")})` : ""}` : "";
      const locked =
        (u.lockedUntil && u.lockedUntil.getTime() > now ? "  [locked]" : "") + (u.disabled ? "  [disabled]" : "");
      process.stdout.write(`${u.username}\t${u.role}${where}\t${u.displayName}${locked}\n`);
    }
  } finally {
    store.close();
  }
}

const ADMIN_ACTIONS = ["reset-password", "unlock", "disable", "enable", "delete"] as const;
type AdminAction = (typeof ADMIN_ACTIONS)[number];

/** reset-password, unlock, disable, enable, delete: one user by name; written to the audit log as done by "cli". */
async function administer(action: AdminAction, args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { username: { type: "string" } } });
  if (!values.username) throw new UsageError(USER_USAGE);
  const password = action === "reset-password" ? await readPassword() : "";
  const store = openAccountStore(defaultAccountsFile(loadConfig().KLAAR_DATA_DIR));
  try {
    const user = store.userByUsername(values.username);
    if (!user) throw new UsageError(`There is no user "${values.username}".`);
    if ((action === "delete" || action === "disable") && store.isLastAdmin(user.id))
      throw new UsageError(`${user.username} is the last admin who can log in: make another admin first.`);
    const actor = "cli";
    if (action === "reset-password") await store.resetPassword(user.id, password, actor);
    else if (action === "unlock") store.unlock(user.id, actor);
    else if (action === "disable") store.disable(user.id, actor);
    else if (action === "enable") store.enable(user.id, actor);
    else store.deleteUser(user.id, actor);
    const done = {
      "reset-password": "has a new password; their sessions ended",
      unlock: "is unlocked",
      disable: "is disabled; their sessions ended",
      enable: "can log in again",
      delete: "is deleted",
    }[action];
    process.stdout.write(`${user.username} ${done}.\n`);
  } catch (error) {
    if (error instanceof AccountError) throw new UsageError(`Cannot do that: ${error.message}.`);
    throw error;
  } finally {
    store.close();
  }
}

export async function userCommand(args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub === "add") return add(rest);
  if (sub === "list") return list();
  if ((ADMIN_ACTIONS as readonly string[]).includes(sub ?? "")) return administer(sub as AdminAction, rest);
  throw new UsageError(USER_USAGE);
}

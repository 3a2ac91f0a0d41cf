/**
 * /admin/users (role admin): every account with reset password, unlock, disable or enable, and delete — the same
 * actions as `klaar user …`. Plain POST forms with the session's CSRF token; every action goes to the audit log with
 * the admin's name. An admin cannot disable or delete their own account, nor the last admin who can log in.
 */
import express, { type Request, type Response, type Router } from "express";
import type { AccountMiddleware } from "../../accounts/http.ts";
import { auth } from "../../accounts/http.ts";
import { MIN_PASSWORD_LENGTH } from "../../accounts/password.ts";
import { type AccountAction, AccountError, type AccountStore, type User } from "../../accounts/store.ts";
import type { Language } from "../../analysis/types.ts";
import { renderView } from "../../render/views.ts";
import { explicitLang, pageLang, sendMessagePage, userLocals, withQuery } from "../../staff/pages.ts";
import type { AllStaffTexts, StaffTexts } from "../../staff/texts.ts";

export interface AdminRouteDeps {
  accounts: AccountStore;
  middleware: AccountMiddleware;
  texts: AllStaffTexts;
}

const ACTIONS = ["reset-password", "unlock", "disable", "enable", "delete"] as const satisfies readonly AccountAction[];

function actionLabel(t: StaffTexts, action: AccountAction): string {
  return {
    "reset-password": t.actionResetPassword,
    unlock: t.actionUnlock,
    disable: t.actionDisable,
    enable: t.actionEnable,
    delete: t.actionDelete,
  }[action];
}

function statusOf(t: StaffTexts, user: User, now: number): string {
  if (user.disabled) return t.statusDisabled;
  if (user.lockedUntil && user.lockedUntil.getTime() > now) return t.statusLocked;
  return t.statusActive;
}

export function adminRoutes(deps: AdminRouteDeps): Router {
  const router = express.Router();
  const { accounts, texts, middleware } = deps;
  const form = express.urlencoded({ extended: false, limit: "4kb", parameterLimit: 10 });
  const adminOnly = middleware.requireRole("admin");

  const page = (req: Request, res: Response, status: number, message?: { notice?: string; error?: string }) => {
    const current = auth(res);
    if (!current) return;
    const lang: Language = pageLang(req);
    const t = texts[lang];
    const now = Date.now();
    const time = new Intl.DateTimeFormat(`${lang}-BE`, { dateStyle: "short", timeStyle: "short" });
    const me = current.session.user;
    res.status(status).send(
      renderView("staff/users", {
        t,
        title: t.usersTitle,
        user: userLocals(texts, lang, current),
        csrf: current.session.csrfToken,
        notice: message?.notice,
        error: message?.error,
        minPassword: MIN_PASSWORD_LENGTH,
        users: accounts.listUsers().map((u) => {
          const locked = Boolean(u.lockedUntil && u.lockedUntil.getTime() > now);
          const self = u.id === me.id;
          const action = (a: AccountAction) => withQuery(`/admin/users/${u.id}/${a}`, { lang: explicitLang(req) });
          return {
            id: u.id,
            username: u.username,
            displayName: u.displayName,
            role: u.role,
            site: u.siteId ?? "",
            status: statusOf(t, u, now),
            passwordLabel: t.newPasswordFor({ user: u.username }),
            resetAction: action("reset-password"),
            buttons: [
              ...(locked ? [{ href: action("unlock"), label: t.actionUnlock }] : []),
              ...(self
                ? []
                : [
                    {
                      href: action(u.disabled ? "enable" : "disable"),
                      label: u.disabled ? t.actionEnable : t.actionDisable,
                    },
                  ]),
              ...(self ? [] : [{ href: action("delete"), label: t.actionDelete }]),
            ],
          };
        }),
        audit: accounts.auditLog(20).map((r) =>
          t.auditItem({
            time: time.format(r.at),
            actor: r.actor,
            action: actionLabel(t, r.action),
            user: r.subject,
          }),
        ),
      }),
    );
  };

  router.get("/admin/users", adminOnly, (req, res) => {
    const t = texts[pageLang(req)];
    const done = typeof req.query.done === "string" ? (ACTIONS as readonly string[]).indexOf(req.query.done) : -1;
    const who = typeof req.query.user === "string" ? req.query.user.slice(0, 64) : "";
    const notice =
      done >= 0 && who ? t.userDone({ user: who, action: actionLabel(t, ACTIONS[done] as AccountAction) }) : undefined;
    page(req, res, 200, { notice });
  });

  router.post(
    "/admin/users/:id/:action",
    form,
    adminOnly,
    middleware.requireCsrf,
    async (req: Request, res: Response, next) => {
      try {
        const current = auth(res);
        const action = String(req.params.action) as AccountAction;
        const id = Number(req.params.id);
        const target = Number.isInteger(id) ? accounts.listUsers().find((u) => u.id === id) : undefined;
        if (!current || !target || !(ACTIONS as readonly string[]).includes(action))
          return sendMessagePage(req, res, texts, 404, "not-found");
        const t = texts[pageLang(req)];
        const me = current.session.user;
        if ((action === "disable" || action === "delete") && target.id === me.id)
          return page(req, res, 409, { error: t.notYourself });
        if ((action === "disable" || action === "delete") && accounts.isLastAdmin(target.id))
          return page(req, res, 409, { error: t.lastAdmin });
        const actor = me.username;
        if (action === "reset-password") {
          const password = typeof req.body?.password === "string" ? req.body.password : "";
          if ([...password].length < MIN_PASSWORD_LENGTH)
            return page(req, res, 400, { error: t.passwordTooShort({ min: MIN_PASSWORD_LENGTH }) });
          await accounts.resetPassword(target.id, password, actor);
        } else if (action === "unlock") accounts.unlock(target.id, actor);
        else if (action === "disable") accounts.disable(target.id, actor);
        else if (action === "enable") accounts.enable(target.id, actor);
        else accounts.deleteUser(target.id, actor);
        res.redirect(303, withQuery("/admin/users", { done: action, user: target.username, lang: explicitLang(req) }));
      } catch (error) {
        if (error instanceof AccountError) return sendMessagePage(req, res, texts, 404, "not-found");
        next(error);
      }
    },
  );

  return router;
}

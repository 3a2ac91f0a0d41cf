/**
 * The usage texts of every `klaar` command and the error for a wrong command line. Kept apart from the commands so
 * that `klaar analyze` loads none of the other commands' modules (accounts, SQLite, kiosk sites, the audit report).
 */
export const AUDIT_USAGE = `  klaar audit DIR --out report.html [--csv report.csv] [--lang nl|fr|de|en] [--workers N]`;

export const USER_USAGE = `Usage:
  klaar user add --username NAME --role admin|officer|counter [--site SITE] [--counter ID]… [--name "Full name"]
                 (the password is read from stdin, or asked for on a terminal)
  klaar user list
  klaar user reset-password --username NAME   (the new password from stdin, or asked for on a terminal)
  klaar user unlock --username NAME
  klaar user disable --username NAME
  klaar user enable --username NAME
  klaar user delete --username NAME
`;

export const KIOSK_USAGE = `Usage:
  klaar kiosk add --site SITE --name "Hal links"   (prints a one-time setup link to open on that kiosk)
  klaar kiosk list
  klaar kiosk remove --id N
`;

export class UsageError extends Error {
  override name = "UsageError";
}

/**
 * The kiosk display settings a visitor can choose without JavaScript: larger text and a dark high-contrast screen.
 * A link such as `?size=large` sets them; a cookie keeps them until the visitor is done (the idle reset wipes it).
 */

export type TextSize = "normal" | "large";
export type Theme = "light" | "dark";

export interface DisplaySettings {
  size: TextSize;
  theme: Theme;
}

export const DISPLAY_COOKIE = "klaar_kiosk_display";
/** The ids of letters explained at this kiosk, to delete them when the visitor is done. */
export const LETTERS_COOKIE = "klaar_kiosk_letters";
/** Every cookie the kiosk sets for a visitor; the reset clears them all. */
export const VISITOR_COOKIES = [DISPLAY_COOKIE, LETTERS_COOKIE] as const;

export const DEFAULT_DISPLAY: DisplaySettings = { size: "normal", theme: "light" };

const isSize = (v: unknown): v is TextSize => v === "normal" || v === "large";
const isTheme = (v: unknown): v is Theme => v === "light" || v === "dark";

/** The settings in the cookie ("large.dark"), defaults for anything missing or unknown. */
export function displayFromCookie(value: string | undefined): DisplaySettings {
  const [size, theme] = (value ?? "").split(".");
  return { size: isSize(size) ? size : DEFAULT_DISPLAY.size, theme: isTheme(theme) ? theme : DEFAULT_DISPLAY.theme };
}

export function displayCookieValue(settings: DisplaySettings): string {
  return `${settings.size}.${settings.theme}`;
}

/**
 * A change asked in the query (`?size=large`, `?theme=dark`), applied to the current settings; null when the
 * query asks for nothing we know.
 */
export function displayChange(query: Record<string, unknown>, current: DisplaySettings): DisplaySettings | null {
  const size = isSize(query.size) ? query.size : undefined;
  const theme = isTheme(query.theme) ? query.theme : undefined;
  if (size === undefined && theme === undefined) return null;
  return { size: size ?? current.size, theme: theme ?? current.theme };
}

/** Letter ids kept in the letters cookie: "id1,id2". Only UUIDs, at most a few. */
export function letterIds(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .filter((id) => /^[0-9a-f-]{36}$/.test(id))
    .slice(-5);
}

/** "Explain my letter" at the kiosk: the form, and the explanation in the visitor's language. */
import { evidenceId } from "../../explanation/build.ts";
import { texts } from "../../i18n/catalogue.ts";
import type { ExplainInput } from "../../letters/service.ts";
import { svgMarkup } from "../../pictograms/catalogue.ts";
import { essentialsOf } from "../../render/essentials.ts";
import type { DisplaySettings } from "../display.ts";
import { JOB_STEPS, jobProgress, type LetterJob } from "../letter-jobs.ts";
import { pick } from "../sites.ts";
import { base, type KioskContext, type Page, type Where } from "./context.ts";

export function letterScreen(
  ctx: KioskContext,
  where: Where,
  display: DisplaySettings,
  problem?: { title: string; detail: string },
  text = "",
  pages = 0,
): Page {
  const { site, lang } = where;
  const service = site.services.find((s) => s.kind === "explain-letter");
  const k = ctx.texts(lang);
  return {
    status: problem ? 400 : 200,
    view: "kiosk/letter",
    locals: {
      ...ctx.frame(where, display, {
        path: `${base(site.id, lang)}/letter`,
        title: service ? pick(service.label, lang) : k.explainSubmit,
        back: service ? `${base(site.id, lang)}/service/${service.id}` : undefined,
      }),
      heading: service ? pick(service.label, lang) : k.explainSubmit,
      intro: service ? pick(service.explanation, lang) : "",
      action: `${base(site.id, lang)}/letter`,
      problem,
      text,
      pages,
      o: texts(lang, "outputs"),
    },
  };
}

/** "Klaar is reading your letter": the steps, a progress bar, and a way to look again without JavaScript. */
export function letterWorkingScreen(
  ctx: KioskContext,
  where: Where,
  jobId: string,
  job: LetterJob,
  display: DisplaySettings,
): Page {
  const { site, lang } = where;
  const o = texts(lang, "outputs");
  const path = `${base(site.id, lang)}/letter/wait/${jobId}`;
  const current = job.state === "working" ? JOB_STEPS.indexOf(job.step) : JOB_STEPS.length;
  return {
    status: 200,
    view: "kiosk/letter-working",
    locals: {
      ...ctx.frame(where, display, {
        path,
        title: o.workingTitle,
        back: `${base(site.id, lang)}/letter`,
        speech: null,
      }),
      o,
      busy: true,
      progress: Math.round(jobProgress(job) * 100),
      statusUrl: `${path}/status.json`,
      refresh: path,
      steps: JOB_STEPS.map((step, i) => ({
        label: o.steps[step],
        state: i < current ? o.stepDone : i === current ? o.stepBusy : o.stepWaiting,
        current: i === current,
      })),
    },
  };
}

/** Waits until the spoken essentials are made, so the result screen can read them aloud at once. */
export async function letterAudio(ctx: KioskContext, letterId: string): Promise<void> {
  await ctx.deps.letters.audio(letterId).catch(() => undefined);
}

export async function explainLetter(
  ctx: KioskContext,
  where: Where,
  input: Omit<ExplainInput, "uiLang">,
): Promise<string> {
  return (await ctx.deps.letters.explain({ ...input, uiLang: where.lang })).id;
}

export function letterResultScreen(
  ctx: KioskContext,
  where: Where,
  letterId: string,
  display: DisplaySettings,
): Page | undefined {
  const letter = ctx.deps.letters.get(letterId);
  if (!letter || letter.explanation.uiLang !== where.lang) return undefined;
  const { site, lang } = where;
  const { explanation } = letter;
  return {
    status: 200,
    view: "kiosk/letter-result",
    locals: {
      ...ctx.frame(where, display, {
        path: `${base(site.id, lang)}/letter/${letterId}`,
        title: explanation.title,
        back: `${base(site.id, lang)}/letter`,
        speech: `/letters/${letterId}/audio.wav`,
      }),
      t: texts(lang, "pages"),
      o: texts(lang, "outputs"),
      essentials: essentialsOf(explanation),
      // The essentials are read aloud once by themselves (kiosk.js, where the browser allows it).
      autoplay: true,
      printAction: `/letters/${letterId}/print.pdf`,
      tracks: [
        { label: texts(lang, "outputs").listenWords, src: `/letters/${letterId}/audio-words.wav` },
        { label: texts(lang, "outputs").listenFull, src: `/letters/${letterId}/audio-full.wav` },
      ],
      explanation,
      uiLang: lang,
      letterLang: explanation.letterLang,
      pictogram: (id: string) => svgMarkup(id, { lang }),
      evidenceId,
      finishHref: `${base(site.id)}/reset`,
    },
  };
}

/**
 * What a citizen takes home from an explained letter: the printout (`print.pdf`: the essentials page; `?words=1` adds
 * the hard words, `?letter=1` the letter with explanations in place, `?qr=1` a code that leads to the audio) and
 * the spoken tracks (`audio.wav`: the essentials, `audio-words.wav`, `audio-full.wav`, `audio.mp3`: the essentials
 * compressed). Nothing is cached by the browser: the letter is personal and expires.
 */
import express, { type Request, type Response, type Router } from "express";
import { texts } from "../../i18n/catalogue.ts";
import { isLetterLanguage, negotiateLetterLanguage } from "../../languages.ts";
import type { LetterService } from "../../letters/service.ts";
import { TRACK_FILES, TRACKS } from "../../letters/tracks.ts";
import { renderView } from "../../render/views.ts";
import { EncoderUnavailableError } from "../../speech/encode.ts";

/** ?words=1, ?words=on (a checkbox) or ?words=true. */
const asked = (value: unknown) => value === "1" || value === "on" || value === "true";

/** `publicUrl`: KLAAR_PUBLIC_URL, the address people reach Klaar at; without it the printout has no QR code. */
export function letterOutputRoutes(letters: LetterService, publicUrl?: string): Router {
  const router = express.Router();

  const notFound = (req: Request, res: Response) => {
    const q = req.query.lang;
    const t = texts(isLetterLanguage(q) ? q : negotiateLetterLanguage(req.headers["accept-language"]), "pages");
    res
      .status(404)
      .send(renderView("error", { t, title: t.notFoundTitle, heading: t.notFoundTitle, text: t.notFoundText }));
  };

  router.get("/letters/:id/print.pdf", async (req, res) => {
    const id = String(req.params.id);
    const pdf = await letters.pdf(id, {
      // Never from the Host header: a forged one would put someone else's address on the printout.
      audioUrl:
        asked(req.query.qr) && publicUrl
          ? new URL(`letters/${id}/audio.wav`, `${publicUrl.replace(/\/+$/, "")}/`).href
          : undefined,
      words: asked(req.query.words),
      letter: asked(req.query.letter),
    });
    if (!pdf) return notFound(req, res);
    res.type("application/pdf").setHeader("Cache-Control", "no-store").send(pdf);
  });

  for (const track of TRACKS) {
    router.get(`/letters/:id/${TRACK_FILES[track]}`, async (req, res) => {
      const wav = await letters.audio(String(req.params.id), track);
      if (!wav) return notFound(req, res);
      res.type("audio/wav").setHeader("Cache-Control", "no-store").send(wav);
    });
  }

  router.get("/letters/:id/audio.mp3", async (req, res) => {
    try {
      const mp3 = await letters.compressedAudio(String(req.params.id));
      if (!mp3) return notFound(req, res);
      res.type("audio/mpeg").setHeader("Cache-Control", "no-store").send(mp3);
    } catch (error) {
      // No encoder on this machine: the WAV is always there.
      if (error instanceof EncoderUnavailableError) return res.redirect(303, `/letters/${req.params.id}/audio.wav`);
      throw error;
    }
  });

  return router;
}

/**
 * The three spoken tracks of an explanation and their files: the essentials (audio.wav, under a minute for a typical
 * letter), the hard words (audio-words.wav) and the whole explanation (audio-full.wav). The scripts themselves are
 * made with the explanation (src/explanation/speech.ts, `speechScripts`).
 */

export const TRACKS = ["essentials", "words", "full"] as const;
export type Track = (typeof TRACKS)[number];

/** The file name of each track under /letters/:id/. */
export const TRACK_FILES: Record<Track, string> = {
  essentials: "audio.wav",
  words: "audio-words.wav",
  full: "audio-full.wav",
};

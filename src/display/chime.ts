/**
 * The chime before a spoken call: two soft bell tones (E5, then C5), written by code as a 16-bit mono WAV.
 * No downloaded sound files. Made once and kept in memory.
 */

import { wavFile } from "../speech/wav.ts";

const SAMPLE_RATE = 22_050;

function tone(frequency: number, seconds: number, volume: number): Float32Array {
  const samples = new Float32Array(Math.round(seconds * SAMPLE_RATE));
  for (let i = 0; i < samples.length; i++) {
    const t = i / SAMPLE_RATE;
    // A quick, soft start (no click), then a bell-like fade.
    const attack = Math.min(1, t / 0.015);
    const decay = Math.exp(-3.2 * t);
    const bell = Math.sin(2 * Math.PI * frequency * t) + 0.3 * Math.sin(2 * Math.PI * frequency * 2 * t);
    samples[i] = (volume * attack * decay * bell) / 1.3;
  }
  return samples;
}

export function pcmWav(samples: Float32Array, sampleRate = SAMPLE_RATE): Buffer {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => {
    data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, s)) * 32_767), i * 2);
  });
  return wavFile(data, { sampleRate, channels: 1, bitsPerSample: 16 });
}

let chime: Buffer | undefined;

export function chimeWav(): Buffer {
  if (!chime) {
    const first = tone(659.25, 0.7, 0.5);
    const second = tone(523.25, 1.1, 0.5);
    const all = new Float32Array(first.length + second.length);
    all.set(first, 0);
    all.set(second, first.length);
    chime = pcmWav(all);
  }
  return chime;
}

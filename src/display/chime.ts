/**
 * The chime before a spoken call: two soft bell tones (E5, then C5), written by code as a 16-bit mono WAV.
 * No downloaded sound files. Made once and kept in memory.
 */

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
  const header = Buffer.alloc(44);
  header.write("RIFF", 0, "ascii");
  header.writeUInt32LE(36 + data.length, 4);
  header.write("WAVE", 8, "ascii");
  header.write("fmt ", 12, "ascii");
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write("data", 36, "ascii");
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
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

/**
 * Reads and repairs the header of a PCM WAV file. espeak-ng writes to a pipe and cannot go back to fill in
 * the sizes, so its header says 0x7ffff000 bytes; players and encoders need the real sizes.
 */

export interface WavInfo {
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  /** Bytes per second of audio. */
  byteRate: number;
  /** Where the samples start. */
  dataOffset: number;
  dataBytes: number;
  durationSeconds: number;
}

export function readWavInfo(wav: Buffer): WavInfo {
  if (wav.length < 12 || wav.toString("ascii", 0, 4) !== "RIFF" || wav.toString("ascii", 8, 12) !== "WAVE") {
    throw new Error("not a RIFF/WAVE file");
  }
  let format: Omit<WavInfo, "dataOffset" | "dataBytes" | "durationSeconds"> | undefined;
  let offset = 12;
  while (offset + 8 <= wav.length) {
    const id = wav.toString("ascii", offset, offset + 4);
    const size = wav.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === "fmt " && size >= 16) {
      format = {
        channels: wav.readUInt16LE(body + 2),
        sampleRate: wav.readUInt32LE(body + 4),
        byteRate: wav.readUInt32LE(body + 8),
        bitsPerSample: wav.readUInt16LE(body + 14),
      };
    } else if (id === "data") {
      if (!format || format.byteRate === 0) throw new Error("WAV data comes before a valid fmt chunk");
      const dataBytes = Math.min(size, wav.length - body);
      return { ...format, dataOffset: body, dataBytes, durationSeconds: dataBytes / format.byteRate };
    }
    // Chunks are padded to an even size.
    offset = body + size + (size % 2);
  }
  throw new Error("WAV file has no data chunk");
}

/**
 * The WAV with the RIFF and data sizes set to what is really there: fixed in place (the buffer is the tool's fresh
 * output, and a copy of a minute of speech costs the event loop more than it should).
 */
export function withExactSizes(wav: Buffer): Buffer {
  const { dataOffset, dataBytes } = readWavInfo(wav);
  const fixed = wav.subarray(0, dataOffset + dataBytes);
  fixed.writeUInt32LE(fixed.length - 8, 4);
  fixed.writeUInt32LE(dataBytes, dataOffset - 4);
  return fixed;
}

/** A PCM WAV file around raw samples (little-endian), with a plain 44-byte header. */
export function wavFile(data: Buffer, format: { sampleRate: number; channels: number; bitsPerSample: number }): Buffer {
  const blockAlign = (format.channels * format.bitsPerSample) / 8;
  const header = Buffer.alloc(44);
  header.write("RIFF", 0, "ascii");
  header.writeUInt32LE(36 + data.length, 4);
  header.write("WAVE", 8, "ascii");
  header.write("fmt ", 12, "ascii");
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(format.channels, 22);
  header.writeUInt32LE(format.sampleRate, 24);
  header.writeUInt32LE(format.sampleRate * blockAlign, 28);
  header.writeUInt16LE(blockAlign, 32);
  header.writeUInt16LE(format.bitsPerSample, 34);
  header.write("data", 36, "ascii");
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

package org.sectoral.core.uncertainty.internal;

import java.util.SplittableRandom;

/**
 * Seeds of the random stream of one draw and channel, derived from (seed, draw index, channel)
 * alone, so that any subset of draws can be computed anywhere (another thread, another machine)
 * and give the same numbers.
 *
 * <p>The derivation applies the SplitMix64 finalizer (Steele, Lea &amp; Flood 2014, "Fast
 * splittable pseudorandom number generators", OOPSLA; Stafford's "variant 13" mix) twice:
 * s₁ = mix(seed + γ·(draw + 1)), s₂ = mix(s₁ + γ·(channel + 1)) with γ the golden-ratio odd
 * constant 0x9E3779B97F4A7C15, and seeds a {@link SplittableRandom} with s₂. Its
 * {@code nextLong} output is the SplitMix64 algorithm, specified by the JDK, so the streams are
 * the same on every Java 17+ runtime.
 */
public final class Streams {
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private Streams() {}

  /** The seed of the stream of a draw and channel. */
  public static long seed(long seed, long draw, int channel) {
    long s = mix64(seed + GOLDEN_GAMMA * (draw + 1));
    return mix64(s + GOLDEN_GAMMA * (channel + 1L));
  }

  /** A fresh generator for a draw and channel. */
  public static SplittableRandom of(long seed, long draw, int channel) {
    return new SplittableRandom(seed(seed, draw, channel));
  }

  /** Stafford's variant 13 of the MurmurHash3 64-bit finalizer, as used by SplitMix64. */
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}

using System.Collections.Generic;

namespace EiAnalyzers.Benchmarks.Inputs;

/// <summary>
/// A small seeded generator (SplitMix64): the same seed gives the same corpus on every machine and every .NET version,
/// which <see cref="System.Random"/> does not promise.
/// </summary>
internal sealed class Rng
{
    private ulong state;

    public Rng(ulong seed)
    {
        state = seed;
    }

    public ulong NextUInt64()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, max).</summary>
    public int Next(int max) => (int)(NextUInt64() % (ulong)max);

    /// <summary>A number in [min, max).</summary>
    public int Next(int min, int max) => min + Next(max - min);

    public bool Chance(int percent) => Next(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>A generator for one file, independent of how much the other files drew.</summary>
    public static Rng For(int seed, int fileIndex) => new(((ulong)(uint)seed << 32) ^ (ulong)(uint)fileIndex ^ 0x5851F42D4C957F2DUL);
}

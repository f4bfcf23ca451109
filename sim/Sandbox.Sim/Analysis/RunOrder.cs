namespace Sandbox.Sim.Analysis;

/// <summary>
/// Orders in which to schedule a design so that the runs finished so far already cover the space: a sweep
/// that is stopped or still running at 30 % shows the whole picture at low resolution, not a third of it
/// at full resolution.
/// </summary>
public static class RunOrder
{
    /// <summary>
    /// The van der Corput (bit-reversal) permutation of 0..count−1: the first 2<sup>k</sup> entries are spread
    /// evenly over the list. Suits one-dimensional sweeps; for grids use <see cref="CoarseToFine"/>, since
    /// bit reversal of a row-major index would hold the last parameter still for the whole first half.
    /// </summary>
    public static int[] Interleaved(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        int bits = 0;
        while ((1L << bits) < count) bits++;
        var order = new int[count];
        int filled = 0;
        for (uint i = 0; filled < count; i++)
        {
            uint reversed = bits == 0 ? 0 : ReverseBits(i) >> (32 - bits);
            if (reversed < count) order[filled++] = (int)reversed;
        }
        return order;
    }

    /// <summary><paramref name="items"/> in <see cref="Interleaved"/> order.</summary>
    public static T[] Interleave<T>(IReadOnlyList<T> items) => Interleaved(items.Count).Select(i => items[i]).ToArray();

    /// <summary>
    /// Order of the row-major indices of a grid with the given levels per parameter (<see cref="Grid.Shape"/>).
    /// Each parameter's levels are ranked in van der Corput order (ends, then middle, then quarters...) and
    /// points are sorted by their worst rank, so every prefix that completes a shell is itself a full grid
    /// with m levels per parameter: first the corners, then a 3-level grid, and so on.
    /// </summary>
    public static int[] CoarseToFine(IReadOnlyList<int> shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        if (shape.Count == 0 || shape.Any(k => k < 1)) throw new ArgumentException("Every parameter needs at least one level.", nameof(shape));
        long total = shape.Aggregate(1L, (product, k) => product * k);
        if (total > Grid.MaxPoints) throw new ArgumentOutOfRangeException(nameof(shape), $"More than {Grid.MaxPoints} grid points.");
        int count = (int)total;

        var rank = shape.Select(LevelRanks).ToArray();
        var keys = new long[count];
        var digits = new int[shape.Count];
        for (int p = 0; p < count; p++)
        {
            long worst = 0, rankIndex = 0;
            for (int d = 0; d < shape.Count; d++)
            {
                int r = rank[d][digits[d]];
                worst = Math.Max(worst, r);
                rankIndex = rankIndex * shape[d] + r;
            }
            keys[p] = worst * count + rankIndex;
            for (int d = shape.Count - 1; d >= 0 && ++digits[d] == shape[d]; d--) digits[d] = 0;
        }
        var order = Enumerable.Range(0, count).ToArray();
        Array.Sort(keys, order);
        return order;
    }

    /// <summary>
    /// Rank of each level of a k-level axis: both ends, then repeatedly the level farthest from those already
    /// taken (lowest first on ties). For k = 2<sup>m</sup> + 1 this is exactly van der Corput's halving.
    /// </summary>
    private static int[] LevelRanks(int levels)
    {
        var ranks = new int[levels];
        if (levels == 1) return ranks;
        var taken = new bool[levels];
        taken[0] = taken[levels - 1] = true;
        ranks[levels - 1] = 1;
        for (int r = 2; r < levels; r++)
        {
            int best = -1, bestGap = -1;
            for (int level = 1; level < levels - 1; level++)
            {
                if (taken[level]) continue;
                int left = level, right = level;
                while (!taken[left]) left--;
                while (!taken[right]) right++;
                int gap = Math.Min(level - left, right - level);
                if (gap > bestGap) (best, bestGap) = (level, gap);
            }
            taken[best] = true;
            ranks[best] = r;
        }
        return ranks;
    }

    private static uint ReverseBits(uint v)
    {
        v = ((v >> 1) & 0x55555555u) | ((v & 0x55555555u) << 1);
        v = ((v >> 2) & 0x33333333u) | ((v & 0x33333333u) << 2);
        v = ((v >> 4) & 0x0F0F0F0Fu) | ((v & 0x0F0F0F0Fu) << 4);
        v = ((v >> 8) & 0x00FF00FFu) | ((v & 0x00FF00FFu) << 8);
        return (v >> 16) | (v << 16);
    }
}

using System.Threading;
using System.Collections.Concurrent;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// The one loop every experiment runner shares: jobs started strictly in the order given (so an interleaved
/// order is honoured, not just approximated by a range partitioner), as many at once as allowed, each result
/// stored the moment it exists and written to its own slot. Stored jobs are read back first and never rerun.
/// Cancellation stops new jobs; jobs under way finish and are stored, so Ctrl+C loses no finished work.
/// </summary>
internal static class RunExecutor
{
    /// <param name="order">Job indices in the order to start them; every index in 0..count−1 once.</param>
    /// <param name="key">A job's name in the store.</param>
    /// <param name="length">How many values a job produces (a stored job of another length is run again).</param>
    public static double[][] Run(int count, IReadOnlyList<int> order, Func<int, string> key, int length, Func<int, double[]> compute,
        PlanRunOptions options, IProgress<PlanProgress>? progress, CancellationToken cancellationToken)
    {
        options.Validate();
        var results = new double[count][];
        var todo = new List<int>(count);
        int reused = 0;
        foreach (int i in order)
        {
            if (options.Store is { } store && store.TryLoad(key(i), length, out var stored))
            {
                results[i] = stored;
                reused++;
            }
            else todo.Add(i);
        }
        int completed = reused;
        progress?.Report(new PlanProgress(completed, count, reused));

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallelism.Unwrapped(() => Parallel.ForEach(Partitioner.Create(todo, EnumerablePartitionerOptions.NoBuffering), parallel, i =>
        {
            var values = compute(i);
            if (values.Length != length)
                throw new InvalidOperationException($"Job {key(i)} produced {values.Length} values, expected {length}.");
            options.Store?.Save(key(i), values);
            results[i] = values;
            progress?.Report(new PlanProgress(Interlocked.Increment(ref completed), count, reused));
        }));
        return results;
    }
}

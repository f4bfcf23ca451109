using System.Collections.Concurrent;
using System.Threading;
using Sandbox.Sim.Analysis;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// Runs replications 0, 1, 2, … on several workers until a <see cref="ReplicationStopRule"/> says stop. The rule
/// absorbs results in replication order whatever order workers finish in, so the stopping point and every
/// estimate are functions of the seeds alone; replications that were already under way when the rule stopped
/// are run to the end and discarded (at most one per extra worker), never absorbed.
/// </summary>
internal static class AdaptiveLoop
{
    public static (T[] Results, ReplicationProgress Progress) Run<T>(ReplicationStopRule rule, Func<int, T> replicate,
        Func<T, IReadOnlyDictionary<string, double>> outputs, int parallelism, IProgress<ReplicationProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        var results = new ConcurrentDictionary<int, T>();
        var gate = new Lock();
        int next = -1;
        progress?.Report(rule.Progress);

        void Worker()
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                lock (gate)
                {
                    if (rule.ShouldStop) return;
                }
                int r = Interlocked.Increment(ref next);
                if (r >= rule.MaxReplications) return;
                var result = replicate(r);
                results[r] = result;
                ReplicationProgress p;
                lock (gate) p = rule.Add(r, outputs(result));
                progress?.Report(p);
            }
        }

        Parallelism.Unwrapped(() => Parallel.Invoke(new ParallelOptions { MaxDegreeOfParallelism = parallelism }, Enumerable.Repeat(Worker, parallelism).ToArray()));
        cancellationToken.ThrowIfCancellationRequested();
        int n = rule.Replications;
        return (Enumerable.Range(0, n).Select(r => results[r]).ToArray(), rule.Progress);
    }
}

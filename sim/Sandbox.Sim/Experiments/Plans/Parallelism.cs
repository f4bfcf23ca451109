using System.Runtime.ExceptionServices;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// Runs parallel work and rethrows the first failure as itself rather than wrapped in an
/// <see cref="AggregateException"/>, so a bad value found inside a run (a scenario rule, an undefined output)
/// reaches the host as the same exception it would be outside a parallel loop, and hosts map it to bad input.
/// </summary>
internal static class Parallelism
{
    public static void Unwrapped(Action work)
    {
        try
        {
            work();
        }
        catch (AggregateException e) when (e.Flatten().InnerExceptions.Count > 0)
        {
            var inner = e.Flatten().InnerExceptions;
            ExceptionDispatchInfo.Capture(inner.FirstOrDefault(x => x is OperationCanceledException) ?? inner[0]).Throw();
        }
    }
}

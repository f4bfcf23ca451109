using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Sandbox.Sim.Engine;

/// <summary>
/// Asks the CPU to bring an element into the cache before it is needed. The kernel visits a sparse, changing
/// subset of a population that does not fit the per-core cache, and the wait for each client's struct was the
/// largest single cost of a visit. A hint never changes a result; where the instruction is missing it does nothing.
/// This is the project's one unsafe block: a prefetch takes an address, and no safe API offers one.
/// </summary>
internal static class CacheHint
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Fetch<T>(ref T element)
    {
        if (!Sse.IsSupported) return;
        byte* first = (byte*)Unsafe.AsPointer(ref element);
        Sse.Prefetch0(first);
        // An element that straddles two cache lines needs both.
        Sse.Prefetch0(first + Unsafe.SizeOf<T>() - 1);
    }
}

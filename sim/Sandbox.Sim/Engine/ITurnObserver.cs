namespace Sandbox.Sim.Engine;

/// <summary>
/// Sees each of the kernel's turns as it ends: every visit, in the order of the week's due list, then the market's
/// settlement, then every hire.
/// The benchmarks record from it how much each turn drew and counted, so the floor can repeat exactly that work
/// client by client. A value type, so the kernel's own (empty) observer compiles away.
/// </summary>
internal interface ITurnObserver
{
    void Visited(int agent, AgentOutputs outputs);

    void Settled(AgentOutputs outputs);

    void Hired(int agent, AgentOutputs outputs);
}

/// <summary>The kernel's observer: sees nothing.</summary>
internal struct NoTurnObserver : ITurnObserver
{
    public readonly void Visited(int agent, AgentOutputs outputs) { }

    public readonly void Settled(AgentOutputs outputs) { }

    public readonly void Hired(int agent, AgentOutputs outputs) { }
}

using Sandbox.Dashboard.Api;
using Sandbox.Dashboard.Journeys;
using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Live;

/// <summary>A live run on the in-process kernel, journeys kept in a <see cref="JourneyLog"/>; one lock guards steps and reads.</summary>
public sealed class KernelEngine : ILiveEngine
{
    private readonly Lock _gate = new();
    private readonly Scenario _scenario;
    private KernelSimulation _sim;
    private JourneyLog _journeys;

    public KernelEngine(Scenario scenario)
    {
        _scenario = scenario.Clone();
        (_sim, _journeys) = Build();
    }

    public string Name => "kernel";
    public ModelParameters P => _sim.P;
    public MetricsLayout Layout => _sim.Layout;
    public int Week { get { lock (_gate) return _sim.Week; } }
    public int Entered { get { lock (_gate) return _sim.Entered; } }

    public Task StepAsync()
    {
        lock (_gate) _sim.Step();
        return Task.CompletedTask;
    }

    public Task ResetAsync()
    {
        lock (_gate) (_sim, _journeys) = Build();
        return Task.CompletedTask;
    }

    public RunResult Result()
    {
        lock (_gate)
        {
            var r = _sim.Result();
            return new RunResult(r.Scenario, r.Seed, r.Weeks, r.Layout, r.Values.ToArray());
        }
    }

    public Task<IReadOnlyList<ClientRecord>> ClientsAsync()
    {
        lock (_gate) return Task.FromResult(ClientRecord.AllFromKernel(_sim.Jobseekers[.._sim.Entered], _journeys));
    }

    public Task<ClientRecord> ClientAsync(int client)
    {
        lock (_gate)
        {
            ClientRange.Check(client, _sim.Entered);
            return Task.FromResult(ClientRecord.FromKernel(_sim.Jobseekers[client], _journeys.Of(client)));
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private (KernelSimulation, JourneyLog) Build()
    {
        var log = new JourneyLog();
        return (new KernelSimulation(_scenario, new KernelOptions { Journey = log }), log);
    }
}

/// <summary>Creates kernel engines.</summary>
public sealed class KernelEngineFactory : ILiveEngineFactory
{
    public Task<ILiveEngine> CreateAsync(string runId, Scenario scenario) => Task.FromResult<ILiveEngine>(new KernelEngine(scenario));
}

/// <summary>The one wording of "no such client (yet)".</summary>
public static class ClientRange
{
    public static void Check(int client, int entered)
    {
        if ((uint)client >= (uint)entered)
            throw new ApiErrorException(ApiError.Invalid("client", client.ToString(System.Globalization.CultureInfo.InvariantCulture),
                entered == 0 ? "a client once the run has started" : $"0 to {entered - 1}"));
    }
}

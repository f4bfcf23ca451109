using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Options;
using Sandbox.Dashboard.Api;
using Sandbox.Dashboard.Live;
using Sandbox.Dashboard.Scenarios;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Workshop;

/// <summary>
/// The workshop sessions of this process, found by id (facilitator, handout) or by join code (participants), and
/// which connection watches which session (for the participant count). Idle sessions are dropped after
/// <see cref="WorkshopOptions.IdleLifetime"/>, and at most <see cref="WorkshopOptions.MaxSessions"/> are kept.
/// </summary>
public sealed class WorkshopSessions(IOptions<WorkshopOptions> options, IWorkshopPublisher publisher, ScenarioResolver resolver, TimeProvider clock,
    ILogger<WorkshopSessions> log) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, WorkshopSession> _sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Session, bool Facilitator)> _connections = new(StringComparer.Ordinal);
    private readonly Lock _admit = new();

    public async Task<(WorkshopSession Session, string Key)> CreateAsync(CreateWorkshopRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        WorkshopPlan? plan = null;
        Scenario scenario;
        if (request.Workshop is { Length: > 0 } name)
        {
            plan = WorkshopLibrary.Load(name);
            scenario = ScenarioLibrary.Load(plan.Scenario);
        }
        else if (request.Scenario is { } scenarioRequest) scenario = resolver.Resolve(scenarioRequest);
        else throw new ApiErrorException(ApiError.Invalid("workshop", "(missing)", "a workshop name (" + string.Join(", ", WorkshopLibrary.Names()) + ") or a scenario"));
        LiveRuns.CheckSize(scenario, options.Value.MaxAgents);

        await DropIdleAsync();
        string key = WorkshopSecrets.NewKey();
        // Building the session replays the scenario to find the spotlit client: seconds at most, off the hub's thread.
        var session = await Task.Run(() => new WorkshopSession(plan?.Title ?? scenario.Name, scenario, plan, key, publisher, options.Value, clock));
        lock (_admit)
        {
            if (_sessions.Count >= options.Value.MaxSessions)
                throw new ApiErrorException(ApiError.Invalid("sessions", _sessions.Count.ToString(CultureInfo.InvariantCulture),
                    $"at most {options.Value.MaxSessions} workshop sessions at once; end one or wait until an idle one expires"));
            // Codes are short, so make sure two live sessions never share one.
            if (_sessions.Values.Any(s => s.Code == session.Code)) throw new ApiErrorException(ApiError.Invalid("code", session.Code, "a free code; try again"));
            _sessions[session.Id] = session;
        }
        session.Start();
        log.LogInformation("Workshop session {Session} created: {Title}, code valid until {Expiry:u}", session.Id, session.Title, session.CodeExpiresUtc);
        return (session, key);
    }

    public WorkshopSession Get(string? sessionId) =>
        sessionId is { Length: > 0 and <= 64 } && _sessions.TryGetValue(sessionId, out var s) ? s
            : throw new ApiErrorException(ApiError.NotFound("workshop session", sessionId ?? ""));

    public WorkshopSession FindByCode(string? code)
    {
        string normal = WorkshopSecrets.NormaliseCode(code);
        if (!WorkshopSecrets.IsCodeShaped(normal))
            throw new ApiErrorException(ApiError.Invalid("code", code ?? "(missing)", $"{WorkshopSecrets.CodeLength} letters and digits, as shown on the facilitator's screen"));
        return _sessions.Values.FirstOrDefault(s => s.Code == normal) ?? throw new ApiErrorException(ApiError.NotFound("join code", normal));
    }

    /// <summary>Records that a connection watches a session; returns the sessions whose participant count changed.</summary>
    public IReadOnlyList<WorkshopSession> Attach(string connectionId, WorkshopSession session, bool facilitator)
    {
        var changed = new List<WorkshopSession>();
        if (Detach(connectionId) is { } previous) changed.Add(previous);
        _connections[connectionId] = (session.Id, facilitator);
        if (!facilitator)
        {
            Recount(session);
            if (!changed.Contains(session)) changed.Add(session);
        }
        return changed;
    }

    /// <summary>Forgets a connection; returns the session whose participant count changed, if any.</summary>
    public WorkshopSession? Detach(string connectionId)
    {
        if (!_connections.TryRemove(connectionId, out var entry) || !_sessions.TryGetValue(entry.Session, out var session)) return null;
        if (entry.Facilitator) return null;
        Recount(session);
        return session;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var s in _sessions.Values) await s.DisposeAsync();
        _sessions.Clear();
    }

    private void Recount(WorkshopSession session) =>
        session.Connected = _connections.Values.Count(c => c.Session == session.Id && !c.Facilitator);

    private async Task DropIdleAsync()
    {
        var now = clock.GetUtcNow();
        foreach (var s in _sessions.Values.Where(s => now - s.LastActiveUtc > options.Value.IdleLifetime).ToArray())
        {
            if (!_sessions.TryRemove(s.Id, out _)) continue;
            log.LogInformation("Workshop session {Session} dropped after {Idle} idle", s.Id, now - s.LastActiveUtc);
            await s.DisposeAsync();
        }
    }
}

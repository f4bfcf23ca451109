using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Sandbox.Dashboard.Api;
using Sandbox.Dashboard.Experiments;
using Sandbox.Dashboard.Live;
using Sandbox.Dashboard.Scenarios;

namespace Sandbox.Dashboard.Hubs;

/// <summary>
/// The dashboard's one hub. Viewers watch runs and experiments (a SignalR group each); controllers start, pause,
/// step, pace, reset and stop runs. Arguments arrive as JSON and are read and checked here (<see cref="HubArguments"/>)
/// before they reach an engine, and <see cref="HubGuard"/> turns any rejection into a structured error for the caller alone.
/// Server-to-client messages: "frame" (<see cref="LiveFrame"/>), "status" (<see cref="LiveRunInfo"/>),
/// "reset" (<see cref="LiveSnapshot"/>) and "experiment" (<see cref="ExperimentInfo"/>).
/// </summary>
public sealed class LiveHub(ILiveRuns runs, IExperiments experiments, RunControl control, ScenarioResolver resolver, HubArguments arguments) : Hub
{
    public static string RunGroup(string runId) => "run:" + runId;
    public static string ExperimentGroup(string id) => "experiment:" + id;

    public Task<LiveRunTicket> StartRun(JsonElement request) => StartRun(arguments.Read<StartRunRequest>(request, "request"));

    private async Task<LiveRunTicket> StartRun(StartRunRequest? request)
    {
        Require(request?.Scenario is not null, "scenario", "(missing)", "a scenario request");
        double speed = request!.WeeksPerSecond ?? LiveRunSettings.DefaultSpeed;
        CheckSpeed(speed);
        var scenario = resolver.Resolve(request.Scenario);
        // Created paused and resumed only once the starter is in the run's group: a fast run would otherwise publish
        // its first weeks before the starter could receive them.
        var run = await runs.StartAsync(scenario, new LiveRunSettings(speed, Paused: true));
        string key = control.Issue(run.RunId, Context.ConnectionId);
        await Groups.AddToGroupAsync(Context.ConnectionId, RunGroup(run.RunId));
        if (!request.Paused) run = await runs.ResumeAsync(run.RunId);
        return new LiveRunTicket(run, key);
    }

    /// <summary>Joins the run's viewers and returns everything drawn so far; frames follow as weeks finish.</summary>
    public async Task<LiveSnapshot> Watch(JsonElement runId)
    {
        string id = CheckId(HubArguments.Text(runId, "runId"), "runId");
        await Groups.AddToGroupAsync(Context.ConnectionId, RunGroup(id));
        return await runs.SnapshotAsync(id);
    }

    public Task Unwatch(JsonElement runId)
    {
        string id = CheckId(HubArguments.Text(runId, "runId"), "runId");
        return Groups.RemoveFromGroupAsync(Context.ConnectionId, RunGroup(id));
    }

    /// <summary>Becomes a controller of the run if the key is right; returns whether it was.</summary>
    public bool ClaimControl(JsonElement runId, JsonElement controlKey)
    {
        string id = CheckId(HubArguments.Text(runId, "runId"), "runId");
        return control.Claim(id, HubArguments.Text(controlKey, "controlKey"), Context.ConnectionId);
    }

    public Task<IReadOnlyList<LiveRunInfo>> ListRuns() => runs.ListAsync();

    public Task<LiveRunInfo> Control(JsonElement request) => Control(arguments.Read<ControlRequest>(request, "request"));

    private Task<LiveRunInfo> Control(ControlRequest? request)
    {
        Require(request is not null, "request", "(missing)", "a control request");
        CheckId(request!.RunId, "runId");
        string command = request.Command?.ToLowerInvariant() ?? "";
        Require(Commands.Contains(command), "command", request.Command ?? "(missing)", string.Join(", ", Commands));
        control.Demand(request.RunId, Context.ConnectionId, request.ControlKey);
        return command switch
        {
            "pause" => runs.PauseAsync(request.RunId),
            "resume" => runs.ResumeAsync(request.RunId),
            "step" => runs.StepAsync(request.RunId),
            "reset" => runs.ResetAsync(request.RunId),
            _ => runs.StopAsync(request.RunId),
        };
    }

    public Task<LiveRunInfo> SetSpeed(JsonElement request) => SetSpeed(arguments.Read<SpeedRequest>(request, "request"));

    private Task<LiveRunInfo> SetSpeed(SpeedRequest? request)
    {
        Require(request is not null, "request", "(missing)", "a speed request");
        CheckId(request!.RunId, "runId");
        CheckSpeed(request.WeeksPerSecond);
        control.Demand(request.RunId, Context.ConnectionId, request.ControlKey);
        return runs.SetSpeedAsync(request.RunId, request.WeeksPerSecond);
    }

    /// <summary>Joins an experiment's viewers; progress follows as runs finish.</summary>
    public async Task<ExperimentInfo> WatchExperiment(JsonElement experimentId)
    {
        string id = CheckId(HubArguments.Text(experimentId, "experimentId"), "experimentId");
        await Groups.AddToGroupAsync(Context.ConnectionId, ExperimentGroup(id));
        return await experiments.GetAsync(id);
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        control.Forget(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    private static readonly string[] Commands = ["pause", "resume", "step", "reset", "stop"];

    private static void CheckSpeed(double speed) =>
        Require(double.IsFinite(speed) && speed >= LiveRunSettings.MinSpeed && speed <= LiveRunSettings.MaxSpeed,
            "weeksPerSecond", speed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"{LiveRunSettings.MinSpeed} to {LiveRunSettings.MaxSpeed} weeks per second");

    /// <summary>The id, once it is one: 1 to 64 letters, digits, '-' or '_'.</summary>
    private static string CheckId(string? id, string field)
    {
        Require(id is { Length: > 0 and <= 64 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'),
            field, id is null ? "(missing)" : id.Length > 64 ? id[..64] + "…" : id, "an id of 1 to 64 letters, digits, '-' or '_'");
        return id!;
    }

    private static void Require(bool ok, string field, string value, string allowed)
    {
        if (!ok) throw new ApiErrorException(ApiError.Invalid(field, value, allowed));
    }
}

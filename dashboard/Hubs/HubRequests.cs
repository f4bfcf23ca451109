using Sandbox.Dashboard.Scenarios;

namespace Sandbox.Dashboard.Hubs;

/// <summary>Starts a live run of a scenario; pace in weeks per second.</summary>
public sealed record StartRunRequest(ScenarioRequest Scenario, double? WeeksPerSecond = null, bool Paused = false);

/// <summary>A control command for a run: pause, resume, step, reset or stop.</summary>
public sealed record ControlRequest(string RunId, string Command, string? ControlKey = null);

/// <summary>Changes a run's pace.</summary>
public sealed record SpeedRequest(string RunId, double WeeksPerSecond, string? ControlKey = null);
